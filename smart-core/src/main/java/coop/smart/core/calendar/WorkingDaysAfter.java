package coop.smart.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The n-th working day after the start, working days being {@code first..last} of the week
 * minus public holidays: Belgium's "jours ouvrables" are Monday to Saturday.
 */
public record WorkingDaysAfter(int days, DayOfWeek first, DayOfWeek last) implements PaymentTiming {

  private static final Pattern WORDS = Pattern.compile(
      "(\\d{1,3})(?:st|nd|rd|th) working day \\((\\w{3})-(\\w{3}), public holidays excluded\\) after the end of service");

  public WorkingDaysAfter {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (days < 1) throw new IllegalArgumentException("working days must be at least 1: " + days);
    if (first.compareTo(last) > 0) throw new IllegalArgumentException("working week must run forward: " + first + "-" + last);
  }

  static WorkingDaysAfter parse(String text) {
    Matcher words = PaymentTiming.match(WORDS, text);
    return words == null ? null
        : new WorkingDaysAfter(Integer.parseInt(words.group(1)), day(words.group(2)), day(words.group(3)));
  }

  @Override
  public LocalDate guaranteedDate(LocalDate start, BusinessCalendar calendar) {
    LocalDate day = start;
    for (int counted = 0; counted < days; ) {
      day = day.plusDays(1);
      if (calendar.isOpen(day, first, last)) counted++;
    }
    return day;
  }

  /** Names each day after the start up to the guaranteed date, counted as a working day or skipped. */
  @Override
  public String inWords(LocalDate start, LocalDate guaranteed, BusinessCalendar calendar) {
    List<String> counted = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (LocalDate day = start.plusDays(1); !day.isAfter(guaranteed); day = day.plusDays(1)) {
      (calendar.isOpen(day, first, last) ? counted : skipped).add(calendar.inWords(day));
    }
    return PaymentTiming.ordinal(days) + " working day (" + week() + ", public holidays of " + calendar.country() + " excluded) after "
        + start + ": counted " + String.join(", ", counted) + (skipped.isEmpty() ? "" : "; skipped " + String.join(", ", skipped));
  }

  @Override
  public String toString() {
    return PaymentTiming.ordinal(days) + " working day (" + week() + ", public holidays excluded) after the end of service";
  }

  private String week() {
    return abbreviation(first) + "-" + abbreviation(last);
  }

  private static String abbreviation(DayOfWeek day) {
    return day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
  }

  private static DayOfWeek day(String abbreviation) {
    return Arrays.stream(DayOfWeek.values())
        .filter(day -> abbreviation(day).equals(abbreviation))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("not a day of the week: '" + abbreviation + "' (expected Mon..Sun)"));
  }
}
