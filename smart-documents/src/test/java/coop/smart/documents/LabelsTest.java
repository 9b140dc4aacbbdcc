package coop.smart.documents;

import static org.assertj.core.api.Assertions.assertThat;

import coop.smart.core.entity.Language;
import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.VatTreatment;
import coop.smart.core.money.Rate;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every language has every word: a key missing in one bundle fails here, not on a client's invoice. */
class LabelsTest {

  @Test
  void everyLanguage_hasEveryKeyOfEveryOther() throws IOException {
    Map<Language, Set<String>> keys = new TreeMap<>();
    Set<String> all = new TreeSet<>();
    for (Language language : Language.values()) {
      Properties bundle = new Properties();
      String path = "/" + Labels.BUNDLE.replace('.', '/') + "_" + language.name().toLowerCase() + ".properties";
      try (InputStream in = Labels.class.getResourceAsStream(path)) {
        assertThat(in).as(path).isNotNull();
        bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
      keys.put(language, bundle.stringPropertyNames());
      all.addAll(bundle.stringPropertyNames());
    }
    keys.forEach((language, present) -> assertThat(present).as("keys of " + language).containsAll(all));
  }

  /**
   * The keys the templates and the code name ({@code text("…")}), and those they compose: a
   * contract type's name, a zero-rated VAT treatment's heading.
   */
  private static Set<String> keysUsed() throws IOException {
    Set<String> used = new TreeSet<>();
    Pattern named = Pattern.compile("text\\(\"([a-zA-Z.]*[a-zA-Z])\"");
    try (Stream<Path> sources = Stream.concat(Files.walk(Path.of("src/main/jte")), Files.walk(Path.of("src/main/java")))) {
      for (Path source : sources.filter(Files::isRegularFile).toList()) {
        Matcher matches = named.matcher(Files.readString(source));
        while (matches.find()) used.add(matches.group(1));
      }
    }
    for (ContractType type : ContractType.values()) used.add("contractType." + type);
    for (VatTreatment treatment : VatTreatment.values()) if (treatment != VatTreatment.STANDARD) used.add("vat." + treatment);
    return used;
  }

  @Test
  void everyKeyTheTemplatesUse_isInEveryLanguage() throws IOException {
    Set<String> used = keysUsed();
    assertThat(used).hasSizeGreaterThan(40);
    for (Language language : Language.values()) {
      for (String key : used) assertThat(Labels.of(language).text(key)).as(language + " " + key).isNotBlank();
    }
  }

  @Test
  void amountsAndDates_areWrittenAsEachLanguageWritesThem() {
    assertThat(Pages.words(Labels.of(Language.FR).money(Examples.eur("1234.50")))).isEqualTo("1 234,50 EUR");
    assertThat(Labels.of(Language.NL).money(Examples.eur("1234.50"))).isEqualTo("1.234,50 EUR");
    assertThat(Labels.of(Language.EN).money(Examples.eur("1234.50"))).isEqualTo("1,234.50 EUR");
    assertThat(Labels.of(Language.DE).date(Examples.ISSUED)).isEqualTo("30. November 2026");
    assertThat(Labels.of(Language.NL).percent(Rate.parse("0.1307"))).isEqualTo("13,07 %");
  }
}
