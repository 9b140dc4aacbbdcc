package coop.smart.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PayStatementExampleTest {

  @Test
  void printsTheYear_withTheQuotaCrossedInNovember() {
    String text = Printed.by(PayStatementExample::main);
    assertThat(text).contains("Pay statement 2017 - Eva Janssens - SMart Belgium");
    // 900.00: fee 58.50, budget 841.50, gross down(841.50 / 1.0542) = 798.23, net 798.23 − 21.63 = 776.60; paid Fri 13 Jan.
    assertThat(text).containsPattern("2017-01-02\\.\\.6 +STUDENT +45 +900.00 +58.50 +841.50 +798.23 +776.60 +2017-01-13");
    assertThat(text).containsPattern("2017-11-06\\.\\.10 +STUDENT\\* +45");
    assertThat(text).containsPattern("2017-12-04\\.\\.8 +STUDENT\\* +45");
    assertThat(text).containsPattern("total +12100.00 +9470.11");
  }
}
