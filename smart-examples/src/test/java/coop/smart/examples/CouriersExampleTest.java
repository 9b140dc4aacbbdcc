package coop.smart.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CouriersExampleTest {

  @Test
  void everyCourierIsPaid_andTheFundBearsTheLoss() {
    String text = Printed.by(CouriersExample::main);
    assertThat(text).containsPattern("couriers paid on their payment date +400 of 400");
    assertThat(text).containsPattern("paid by the platform +EUR 0.00");
    assertThat(text).containsPattern("recovered from the platform +EUR 0.00");
    String advanced = text.replaceAll("(?s).*advanced by the guarantee fund +(EUR [0-9.]+).*", "$1");
    String lost = text.replaceAll("(?s).*lost by the fund +(EUR [0-9.]+).*", "$1");
    assertThat(lost).isEqualTo(advanced).isNotEqualTo("EUR 0.00");
  }
}
