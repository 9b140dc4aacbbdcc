package coop.smart.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WorkDayTest {

  @Test
  void hours_equalInValue_makeEqualDays() {
    assertThat(WorkDay.of("2017-07-14", "7.50")).isEqualTo(WorkDay.of("2017-07-14", "7.5"));
    assertThat(WorkDay.of("2017-07-14", "10.0").hours().toString()).isEqualTo("10");
  }

  @Test
  void aDayHoldsMoreThanNoHours_andAtMostTwentyFour() {
    assertThat(WorkDay.of("2017-07-14", "24").hours().toString()).isEqualTo("24");
    assertThat(WorkDay.of("2017-07-14", "0.01").hours().toString()).isEqualTo("0.01");
    assertThatThrownBy(() -> WorkDay.of("2017-07-14", "24.01")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WorkDay.of("2017-07-14", "0")).isInstanceOf(IllegalArgumentException.class);
  }
}
