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
  void aThousandthOfTheYear_holdsEveryInvariantEveryDay_andRegeneratesTheReport(@TempDir Path directory) throws Exception {
    Path report = directory.resolve("report");
    TestDatabases.Fresh database = TestDatabases.freshSchema();
    int exit;
    try (Database schema = database.database()) {
      exit = new CommandLine(new ReplayCommand()).execute("--year", "2017", "--scale", "0.001", "--seed", "7",
          "--db-url", database.url(), "--report", report.toString());
    }

    assertThat(exit).isZero();
    String page = Files.readString(report.resolve("report.md"));
    assertThat(page).contains("## Contract types", "| EMPLOYEE |", "| total (a worker once) |", "## Members, invoicing and collection",
        "## Guarantee fund", "## Leasing portfolio, as at 2017-12-31", "## Replay timings", "| invariants |", "| year closing |");
    assertThat(Files.readString(report.resolve("report.html"))).contains("<h2>Contract types</h2>", "<td>ARTIST_1BIS</td>",
        "<h2>Leasing portfolio, as at 2017-12-31</h2>", "class=\"bar\"");
    assertThat(page).containsPattern("\\| written off \\(client in default\\) \\| [1-9]");
  }
}
