package coop.smart.examples;

import static org.assertj.core.api.Assertions.assertThat;

import coop.smart.examples.bench.JournalExportBenchmark;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class JournalExportBenchmarkTest {

  @Test
  void aFewThousandEntriesOnTheEmbeddedPostgres_exportEveryEntry_balanced() {
    AtomicInteger exit = new AtomicInteger(-1);
    String text = Printed.by(args -> exit.set(JournalExportBenchmark.run("--entries", "3000", "--runs", "1")));

    assertThat(exit).hasValue(0);
    assertThat(text).containsPattern("stored 3,00[0-9] entries in [0-9.]+ s");
    assertThat(text).containsPattern("run 1 FEC: 3,00[0-9] entries, [0-9,]+ lines, [0-9.]+ MB in [0-9.]+ s");
    assertThat(text).containsPattern("run 1 CSV: 3,00[0-9] entries");
    assertThat(text).containsPattern("run 1 trial balance: 9 accounts in [0-9.]+ s, balances adding up to EUR 0.00");
  }
}
