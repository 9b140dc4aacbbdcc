package coop.smart.examples;

import static org.assertj.core.api.Assertions.assertThat;

import coop.smart.examples.crash.CrashDrill;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short crash drill on the embedded PostgreSQL: three kills under eight writers, nothing
 * acknowledged lost. How fast restarts are is the full drill's to report, not this test's.
 */
class CrashDrillTest {

  @Test
  void threeKillsUnderEightWriters_loseNoAcknowledgedWrite_andLeaveTheBooksBalanced(@TempDir Path directory) {
    AtomicInteger exit = new AtomicInteger(-1);
    String text = Printed.by(args -> exit.set(CrashDrill.run("--kills", "3", "--writers", "8", "--max-gap", "PT1.5S", "--restart-limit", "PT2M",
        "--data-dir", directory.resolve("data").toString())));

    assertThat(exit).as(text).hasValue(0);
    assertThat(text).contains("no acknowledged write lost").containsPattern("kill  3: restarted in +[0-9]+ ms")
        .containsPattern("acknowledged: [0-9,]+ writes \\{.*invoice=[1-9]").contains("lost or changed: 0")
        .containsPattern("books: [0-9,]+ invoices in 1 series without a gap: yes; [0-9,]+ journal entries, trial balance zero");
  }
}
