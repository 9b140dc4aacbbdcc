package coop.smart.server.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Dates read without Jackson's formatter are read as the formatter reads them, and only those. */
class PlainDatesTest {

  @Property
  void everyDateAsTheApiWritesIt_isReadBack(@ForAll("fourDigitYears") LocalDate date) {
    assertThat(ExactValues.plainDate(date.toString())).isEqualTo(date);
  }

  @Property(tries = 5000)
  void aTextReadAsADate_isTheDateTheIsoFormatReads(@ForAll("nearlyDates") String text) {
    LocalDate read = ExactValues.plainDate(text);
    LocalDate iso = iso(text);
    if (read != null) assertThat(read).isEqualTo(iso);
    else assertThat(iso).as("'%s' is a date of the ISO form, left to Jackson", text).isNull();
  }

  @Provide
  Arbitrary<LocalDate> fourDigitYears() {
    return between(LocalDate.of(0, 1, 1), LocalDate.of(9999, 12, 31));
  }

  /** Texts of ten characters shaped like dates, with digits, signs, spaces and other digits mixed in. */
  @Provide
  Arbitrary<String> nearlyDates() {
    Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789").ofLength(10);
    Arbitrary<String> shaped = Arbitraries.strings().withChars("0123456789-+ T/٣").ofLength(10);
    Arbitrary<String> dated = between(LocalDate.of(1900, 1, 1), LocalDate.of(2100, 12, 31)).map(LocalDate::toString);
    Arbitrary<String> impossible = Arbitraries.integers().between(1, 40).flatMap(day -> Arbitraries.integers().between(0, 14)
        .map(month -> "2016-%02d-%02d".formatted(month, day)));
    return Arbitraries.oneOf(digits.map(text -> text.substring(0, 4) + '-' + text.substring(5, 7) + '-' + text.substring(8)), shaped, dated,
        impossible);
  }

  private static Arbitrary<LocalDate> between(LocalDate first, LocalDate last) {
    return Arbitraries.longs().between(first.toEpochDay(), last.toEpochDay()).map(LocalDate::ofEpochDay);
  }

  private static LocalDate iso(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
