package coop.smart.core.calendar;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "J+7": a fixed number of calendar days after the start. */
public record CalendarDaysAfter(int days) implements PaymentTiming {

  private static final Pattern WORDS = Pattern.compile("(\\d{1,3}) calendar days? after the end of service");

  public CalendarDaysAfter {
    if (days < 1) throw new IllegalArgumentException("calendar days must be at least 1: " + days);
  }

  static CalendarDaysAfter parse(String text) {
    Matcher words = PaymentTiming.match(WORDS, text);
    return words == null ? null : new CalendarDaysAfter(Integer.parseInt(words.group(1)));
  }

  @Override
  public LocalDate guaranteedDate(LocalDate start, BusinessCalendar calendar) {
    return start.plusDays(days);
  }

  @Override
  public String inWords(LocalDate start, LocalDate guaranteed, BusinessCalendar calendar) {
    return start + " + " + days + (days == 1 ? " calendar day" : " calendar days");
  }

  @Override
  public String toString() {
    return days + (days == 1 ? " calendar day" : " calendar days") + " after the end of service";
  }
}
