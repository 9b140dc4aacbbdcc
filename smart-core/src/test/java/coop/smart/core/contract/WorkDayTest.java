package coop.smart.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WorkDayTest {

  @Test
  void hours_equalInValue_makeEqualDays() {
    assertThat(WorkDay.of("2017-07-14", "7.50")).isEqualTo(WorkDay.of("2017-07-14", "7.5"));
    assertThat(WorkDay.of("2017-07-14", "10.0").hours().toString()).isEqualTo("10");
  }
}
