package coop.smart.examples;

import static org.assertj.core.api.Assertions.assertThat;

import coop.smart.examples.integration.IntegratorExample;
import org.junit.jupiter.api.Test;

class IntegratorExampleTest {

  @Test
  void theIntegratorsStoryRunsOverHttpFromJoiningToTheActivitysLedger() {
    String text = Printed.by(IntegratorExample::main);
    // 1,000.00 invoiced for a Belgian employee day nets 478.27 at 11 % withholding (PayRules).
    assertThat(text).containsPattern("contract +\\S+ DECLARED, net 478.27 EUR, paid on 2017-07-26");
    assertThat(text).containsPattern("invoice +BE-2017-000001 total 1210.00 EUR");
    assertThat(text).contains("invoice PAID", "salary     PAID, guaranteed on 2017-07-26");
    // 3 × 120.00 = 360.00 excluding VAT, less the 6.5 % fee of 23.40, funds the budget.
    assertThat(text).containsPattern("invoice +BE-2017-000002 for the activity, total 435.60 EUR");
    assertThat(text).containsPattern("2017-07-26 +client payment made available to activity 'Lena's photo studio' +336.60 EUR +336.60 EUR");
  }
}
