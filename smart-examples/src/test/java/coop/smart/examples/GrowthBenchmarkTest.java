package coop.smart.examples;

import static org.assertj.core.api.Assertions.assertThat;

import coop.smart.examples.bench.GrowthBenchmark;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class GrowthBenchmarkTest {

  /** A member's history dated back from the measured day, before the entity's rules apply too, stores and is measured. */
  @Test
  void aShortRunOnTheEmbeddedPostgres_measuresEveryUseCase_andASalaryRunInAFewStatements() {
    AtomicInteger exit = new AtomicInteger(-1);
    String text = Printed.by(args -> exit.set(GrowthBenchmark.run("--histories", "10,400", "--entity-contracts", "100", "--repeats", "3")));

    assertThat(exit).hasValue(0);
    assertThat(text).containsPattern("member's contracts before +10 +400")
        .containsPattern("draft a student's contract +[0-9.]+ ms, [0-9]+ SQL")
        .containsPattern("declare a contract +[0-9.]+ ms, [0-9]+ SQL")
        .containsPattern("pay an invoice +[0-9.]+ ms, [0-9]+ SQL");
    // The run's reads and its writes, one statement each (or one batch), however many salaries it pays.
    assertThat(text).containsPattern("salary run \\(3 due\\) +[0-9.]+ ms, [0-9] SQL +[0-9.]+ ms, [0-9] SQL");
  }
}
