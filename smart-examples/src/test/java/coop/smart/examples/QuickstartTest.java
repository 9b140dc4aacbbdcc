package coop.smart.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuickstartTest {

  @Test
  void printsEachEntitysFeeAndPaymentDate() {
    String text = Printed.by(Quickstart::main);
    assertThat(text.lines()).hasSize(10);
    assertThat(text).containsPattern("BE +SMart Belgium +EUR 65.00 +0.065 +2017-07-24 MON 7th working day");
    assertThat(text).containsPattern("ES +SMart Spain +EUR 75.00 +0.075 +2017-08-10 THU 10th of the month");
    assertThat(text).containsPattern("HU +SMart Hungary +HUF 85.00 +0.085 +2017-07-24 MON 10 calendar days");
  }
}
