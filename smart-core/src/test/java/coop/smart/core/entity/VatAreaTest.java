package coop.smart.core.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VatAreaTest {

  private static final VatArea AREA = VatArea.standard();

  @ParameterizedTest(name = "{0} on {1}: {2}")
  @CsvSource({
      "FR, 2017-01-01, true",
      "BE, 1958-01-01, true",
      "BE, 1957-12-31, false",
      "GB, 2020-12-31, true",
      "GB, 2021-01-01, false",
      "HR, 2013-06-30, false",
      "HR, 2013-07-01, true",
      "GR, 2017-05-02, true",
      "US, 2017-05-02, false",
      "CH, 2017-05-02, false",
      "NO, 2017-05-02, false",
  })
  void includes_aCountryOnlyWhileItIsAMember(String country, LocalDate on, boolean inside) {
    assertThat(AREA.includes(country, on)).isEqualTo(inside);
  }

  @ParameterizedTest(name = "{0} issues {1} numbers")
  @CsvSource({"FR, FR", "BE, BE", "GR, EL", "US, US"})
  void vatPrefix_isTheCountryCode_exceptGreecesEl(String country, String prefix) {
    assertThat(AREA.vatPrefix(country)).isEqualTo(prefix);
  }

  @Test
  void shipsTheTwentyEightMemberStatesOf2017AndTheTwentySevenOf2021() {
    String[] countries = Locale.getISOCountries();
    assertThat(Arrays.stream(countries).filter(c -> AREA.includes(c, LocalDate.of(2017, 1, 1)))).hasSize(28);
    assertThat(Arrays.stream(countries).filter(c -> AREA.includes(c, LocalDate.of(2021, 1, 1)))).hasSize(27);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = ';', value = {
      "not a country; vatArea | 1958-01-01 | EU | member | s; eu-vat-area.txt line 1, column 'key': not an ISO 3166 country code: 'EU'",
      "no date joined; vatArea | | FR | member | s; eu-vat-area.txt line 1, column 'from': a country's membership needs the date it joined",
      "other section; member | 1958-01-01 | FR | member | s; eu-vat-area.txt line 1, column 'section': expected 'vatArea' or 'vatPrefix': 'member'",
      "unknown value; vatArea | 1958-01-01 | FR | yes | s; eu-vat-area.txt line 1, column 'value': expected 'member' or 'member until yyyy-mm-dd': 'yes'",
      "bad VAT prefix; vatPrefix | | GR | E1 | s; eu-vat-area.txt line 1, column 'value': a VAT prefix is two capital letters: 'E1'",
      "dated VAT prefix; vatPrefix | 1981-01-01 | GR | EL | s; eu-vat-area.txt line 1, column 'from': a VAT prefix is not effective-dated",
      "left before joining; vatArea | 1973-01-01 | GB | member until 1972-12-31 | s; "
          + "eu-vat-area.txt line 1, column 'value': the last day 1972-12-31 is before the day it joined, 1973-01-01",
  })
  void malformedRow_failsAtLoadNamingFileLineAndColumn(String what, String row, String message, @TempDir Path classpath) throws IOException {
    assertThatThrownBy(() -> load(classpath, row + "\n"))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void aVatPrefixRow_namesTheCountrysPrefix(@TempDir Path classpath) throws IOException {
    VatArea area = load(classpath, "vatArea | 1981-01-01 | GR | member | s\nvatPrefix | | GR | EL | s\n");
    assertThat(area.vatPrefix("GR")).isEqualTo("EL");
    assertThat(area.includes("GR", LocalDate.of(2017, 1, 1))).isTrue();
  }

  @Test
  void overlappingStays_failAtLoad(@TempDir Path classpath) {
    String rows = """
        vatArea | 1973-01-01 | GB | member until 2020-12-31 | s
        vatArea | 2020-06-01 | GB | member | s
        """;
    assertThatThrownBy(() -> load(classpath, rows))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessage("eu-vat-area.txt line 2, column 'from': GB is already in the area on 2020-06-01");
  }

  @Test
  void aCountryMayLeaveAndComeBack(@TempDir Path classpath) throws IOException {
    VatArea area = load(classpath, """
        vatArea | 1973-01-01 | GB | member until 2020-12-31 | s
        vatArea | 2030-01-01 | GB | member | s
        """);
    assertThat(area.includes("GB", LocalDate.of(2025, 1, 1))).isFalse();
    assertThat(area.includes("GB", LocalDate.of(2030, 1, 1))).isTrue();
  }

  /** Reads {@code rows} as the area's file, out of sight of the shipped one. */
  private static VatArea load(Path classpath, String rows) throws IOException {
    Path file = classpath.resolve(VatArea.FILE);
    Files.createDirectories(file.getParent());
    Files.writeString(file, rows);
    try (var loader = new URLClassLoader(new URL[] {classpath.toUri().toURL()}, null)) {
      return VatArea.load(loader);
    }
  }
}
