package coop.smart.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PaymentRuleTest {

  @Test
  void belgianRule_printsInWords() {
    PaymentRule rule = new PaymentRule(new WorkingDaysAfter(7, DayOfWeek.MONDAY, DayOfWeek.SATURDAY));
    assertThat(rule).hasToString(
        "7th working day (Mon-Sat, public holidays excluded) after the end of service, preceding bank business day");
  }

  @Test
  void ordinals_readAsEnglish() {
    assertThat(new DayOfFollowingMonth(1)).hasToString("1st of the month after the end of service");
    assertThat(new DayOfFollowingMonth(2)).hasToString("2nd of the month after the end of service");
    assertThat(new DayOfFollowingMonth(3)).hasToString("3rd of the month after the end of service");
    assertThat(new DayOfFollowingMonth(11)).hasToString("11th of the month after the end of service");
    assertThat(new DayOfFollowingMonth(22)).hasToString("22nd of the month after the end of service");
    assertThat(new CalendarDaysAfter(1)).hasToString("1 calendar day after the end of service");
  }

  @Test
  void eachTiming_explainsItsDateInWords() {
    BusinessCalendar belgium = BusinessCalendar.of("BE");
    LocalDate monday = LocalDate.of(2017, 7, 10);
    assertThat(new WorkingDaysAfter(1, DayOfWeek.MONDAY, DayOfWeek.SATURDAY).inWords(monday, monday.plusDays(1), belgium))
        .isEqualTo("1st working day (Mon-Sat, public holidays of BE excluded) after 2017-07-10: counted Tue 2017-07-11");
    assertThat(new CalendarDaysAfter(1).inWords(monday, monday.plusDays(1), belgium)).isEqualTo("2017-07-10 + 1 calendar day");
    assertThat(new DayOfFollowingMonth(3).inWords(monday, LocalDate.of(2017, 8, 3), belgium)).isEqualTo("3rd of the month after 2017-07-10");
  }

  @Test
  void parse_readsEveryKind() {
    assertThat(PaymentRule.parse("7 calendar days after the end of service, preceding bank business day").timing())
        .isEqualTo(new CalendarDaysAfter(7));
    assertThat(PaymentRule.parse("10th of the month after the end of service, preceding bank business day").timing())
        .isEqualTo(new DayOfFollowingMonth(10));
    assertThat(PaymentRule.parse("5th working day (Mon-Fri, public holidays excluded) after the end of service, preceding bank business day").timing())
        .isEqualTo(new WorkingDaysAfter(5, DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
  }

  @Test
  void parse_refusesADayOfMonthSomeMonthsLack() {
    assertThatThrownBy(() -> PaymentRule.parse("31st of the month after the end of service, preceding bank business day"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("day of month must be between 1 and 28: 31");
  }

  @Test
  void parse_refusesAnUnknownDayOfWeek() {
    assertThatThrownBy(() -> PaymentRule.parse("7th working day (Mon-Sam, public holidays excluded) after the end of service, preceding bank business day"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a day of the week: 'Sam' (expected Mon..Sun)");
  }

  @Test
  void parse_refusesAWeekRunningBackwards() {
    assertThatThrownBy(() -> new WorkingDaysAfter(7, DayOfWeek.SATURDAY, DayOfWeek.MONDAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("working week must run forward: SATURDAY-MONDAY");
  }

  @Test
  void calendarWithoutABusinessDayBeforeTheGuaranteedDate_isRefused() {
    // Christmas Eve, Christmas and Boxing Day are Swedish public holidays; 2017-12-23 is a Saturday.
    PaymentRule rule = new PaymentRule(new CalendarDaysAfter(3));
    assertThatThrownBy(() -> rule.datesFrom(java.time.LocalDate.of(2017, 12, 23), BusinessCalendar.of("SE")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no business day of SE after 2017-12-23 and on or before 2017-12-26");
  }
}
