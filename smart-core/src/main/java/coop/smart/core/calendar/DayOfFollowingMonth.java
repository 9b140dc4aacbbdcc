package coop.smart.core.calendar;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A fixed day of the month after the month of the start: "the 10th of the following month". */
public record DayOfFollowingMonth(int dayOfMonth) implements PaymentTiming {

  private static final Pattern WORDS = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th) of the month after the end of service");

  public DayOfFollowingMonth {
    // Every month has a 28th, so the rule never needs to guess what "the 31st of February" means.
    if (dayOfMonth < 1 || dayOfMonth > 28) throw new IllegalArgumentException("day of month must be between 1 and 28: " + dayOfMonth);
  }

  static DayOfFollowingMonth parse(String text) {
    Matcher words = PaymentTiming.match(WORDS, text);
    return words == null ? null : new DayOfFollowingMonth(Integer.parseInt(words.group(1)));
  }

  @Override
  public LocalDate guaranteedDate(LocalDate start, BusinessCalendar calendar) {
    return start.plusMonths(1).withDayOfMonth(dayOfMonth);
  }

  @Override
  public String inWords(LocalDate start, LocalDate guaranteed, BusinessCalendar calendar) {
    return PaymentTiming.ordinal(dayOfMonth) + " of the month after " + start;
  }

  @Override
  public String toString() {
    return PaymentTiming.ordinal(dayOfMonth) + " of the month after the end of service";
  }
}
