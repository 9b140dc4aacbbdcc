package coop.smart.examples;

import static org.assertj.core.api.Assertions.assertThat;

import coop.smart.examples.bench.BankStatementBenchmark;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class BankStatementBenchmarkTest {

  @Test
  void aStatementOfTwoHundredEntries_importsEveryEntry_andReportsTheTimes() {
    AtomicInteger exit = new AtomicInteger(-1);
    String text = Printed.by(args -> exit.set(BankStatementBenchmark.run("--entries", "200")));

    assertThat(exit).hasValue(0);
    assertThat(text).containsPattern("statement of 200 entries, [0-9,]+ bytes: read and validated in [0-9.]+ s, imported in [0-9.]+ s");
    // One in a hundred is a debit, and one quotes no stored invoice: suggested for the one of its payer due that amount; the other 196 pay theirs.
    assertThat(text).contains("entries: {MATCHED=196, SUGGESTED=2, UNMATCHED=2}; invoices paid: 196");
  }
}
