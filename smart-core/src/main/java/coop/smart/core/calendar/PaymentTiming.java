package coop.smart.core.calendar;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a payment-timing rule finds the guaranteed date (the latest date the salary may be
 * paid) from the day the clock starts. One record per kind; each prints itself in words
 * that {@link #parse} reads back.
 */
public sealed interface PaymentTiming permits CalendarDaysAfter, WorkingDaysAfter, DayOfFollowingMonth {

  /** The latest date the rule allows for a clock starting on {@code start}. */
  LocalDate guaranteedDate(LocalDate start, BusinessCalendar calendar);

  /**
   * How the guaranteed date {@code guaranteed} follows from {@code start} under this timing, in
   * the words an explanation shows, e.g. "2017-07-14 + 7 calendar days".
   */
  String inWords(LocalDate start, LocalDate guaranteed, BusinessCalendar calendar);

  /** Reads the words any timing prints, e.g. "10th of the month after the end of service". */
  static PaymentTiming parse(String text) {
    for (var kind : new Parser[] {CalendarDaysAfter::parse, WorkingDaysAfter::parse, DayOfFollowingMonth::parse}) {
      PaymentTiming timing = kind.parse(text.trim());
      if (timing != null) return timing;
    }
    throw new IllegalArgumentException("not a payment timing: '" + text + "' (expected e.g. '7 calendar days after the end of service', "
        + "'7th working day (Mon-Sat, public holidays excluded) after the end of service' or '10th of the month after the end of service')");
  }

  /** Reads one kind's words, or answers null when the text is of another kind. */
  @FunctionalInterface
  interface Parser {
    PaymentTiming parse(String text);
  }

  /** "1st", "2nd", "3rd", "4th", "11th", "21st"… */
  static String ordinal(int n) {
    int lastTwo = n % 100;
    String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
    return n + suffix;
  }

  /** Matches {@code pattern} against the whole text, or answers null. */
  static Matcher match(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    return matcher.matches() ? matcher : null;
  }
}
