package coop.smart.examples.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import coop.smart.persistence.Database;
import coop.smart.persistence.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A small year replayed through the operations holds every invariant every day and regenerates the report's tables, in Markdown and HTML. */
class ReplayCommandTest {

  @Test
  void aHundredthOfTheYear_holdsEveryInvariantEveryDay_andRegeneratesTheReport(@TempDir Path directory) throws Exception {
    Path report = directory.resolve("report");
    TestDatabases.Fresh database = TestDatabases.freshSchema();
    int exit;
    try (Database schema = database.database()) {
      exit = new CommandLine(new ReplayCommand()).execute("--year", "2017", "--scale", "0.01", "--seed", "7",
          "--db-url", database.url(), "--report", report.toString());
    }

    assertThat(exit).isZero();
    String page = Files.readString(report.resolve("report.md"));
    assertThat(page).contains("## Contract types", "| EMPLOYEE |", "| total (a worker once) |", "## Members, invoicing and collection",
        "## Guarantee fund", "## Leasing portfolio, as at 2017-12-31", "## Replay timings", "| invariants |", "| year closing |");
    assertThat(Files.readString(report.resolve("report.html"))).contains("<h2>Contract types</h2>", "<td>ARTIST_1BIS</td>",
        "<h2>Leasing portfolio, as at 2017-12-31</h2>", "class=\"bar\"");
    assertThat(page).containsPattern("\\| written off \\(client in default\\) \\| [1-9]")
        .containsPattern("\\| average client payment delay in the balance sheet \\(days\\) \\| [1-9][0-9.]* \\| 45 \\|");
  }

  /**
   * A replay stopped after 30 days, run again to the 100th and again to the 160th resumes each time
   * after the last day it did, and its books are those of a replay of 160 days at once: the report's
   * tables are the same, figure for figure. What the first 30 days planned for months later (the
   * defaults 120 days after a first invoice, the leases amended or paid off) is done on its day.
   */
  @Test
  void aReplayRunAgain_resumesAfterTheLastDayItCommitted_toTheSameBooks(@TempDir Path directory) throws Exception {
    String resumed = replay(directory.resolve("resumed"), "30", "100", "160");
    String straight = replay(directory.resolve("straight"), "160");
    assertThat(resumed).isEqualTo(straight);
    assertThat(resumed).contains("| EMPLOYEE |");
  }

  @Test
  void aReplayOfOtherParameters_isRefusedOnTheSameDatabase(@TempDir Path directory) throws Exception {
    TestDatabases.Fresh database = TestDatabases.freshSchema();
    try (Database schema = database.database()) {
      assertThat(run(database, directory, "7", "5")).isZero();
      assertThat(run(database, directory, "8", "10")).as("another seed").isEqualTo(3);
    }
  }

  /** The report's tables after replays of the same year on one database, each through the day given; without the timings. */
  private static String replay(Path directory, String... throughDays) throws Exception {
    TestDatabases.Fresh database = TestDatabases.freshSchema();
    try (Database schema = database.database()) {
      for (String days : throughDays) assertThat(run(database, directory, "7", days)).isZero();
    }
    String page = Files.readString(directory.resolve("report.md"));
    return page.substring(0, page.indexOf("## Replay timings"));
  }

  private static int run(TestDatabases.Fresh database, Path report, String seed, String days) {
    return new CommandLine(new ReplayCommand()).execute("--year", "2017", "--scale", "0.001", "--seed", seed, "--days", days,
        "--db-url", database.url(), "--report", report.toString());
  }
}
