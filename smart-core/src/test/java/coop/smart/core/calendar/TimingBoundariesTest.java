package coop.smart.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

/** The limits of the payment-timing rules, each taken at its edge. */
class TimingBoundariesTest {

  @Test
  void dayOfFollowingMonth_runsFromTheFirstToThe28th() {
    assertThat(new DayOfFollowingMonth(1).dayOfMonth()).isEqualTo(1);
    assertThat(new DayOfFollowingMonth(28).dayOfMonth()).isEqualTo(28);
    assertThatThrownBy(() -> new DayOfFollowingMonth(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DayOfFollowingMonth(29)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void workingDaysAfter_needsOneDayAndAWeekThatMayBeASingleDay() {
    assertThat(new WorkingDaysAfter(1, DayOfWeek.MONDAY, DayOfWeek.MONDAY).days()).isEqualTo(1);
    assertThatThrownBy(() -> new WorkingDaysAfter(0, DayOfWeek.MONDAY, DayOfWeek.FRIDAY)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new WorkingDaysAfter(1, DayOfWeek.TUESDAY, DayOfWeek.MONDAY)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ordinals_sayThInTheTeens() {
    assertThat(PaymentTiming.ordinal(1)).isEqualTo("1st");
    assertThat(PaymentTiming.ordinal(10)).isEqualTo("10th");
    assertThat(PaymentTiming.ordinal(11)).isEqualTo("11th");
    assertThat(PaymentTiming.ordinal(13)).isEqualTo("13th");
    assertThat(PaymentTiming.ordinal(14)).isEqualTo("14th");
    assertThat(PaymentTiming.ordinal(22)).isEqualTo("22nd");
    assertThat(PaymentTiming.ordinal(23)).isEqualTo("23rd");
    assertThat(PaymentTiming.ordinal(111)).isEqualTo("111th");
  }
}
