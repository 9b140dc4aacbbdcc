package coop.smart.examples.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A small year replayed through the operations holds every invariant every day and regenerates the report's tables. */
class ReplayCommandTest {

  @Test
  void aThousandthOfTheYear_holdsEveryInvariantEveryDay_andRegeneratesTheReport(@TempDir Path directory) throws Exception {
    Path report = directory.resolve("report");
    int exit = new CommandLine(new ReplayCommand()).execute("--year", "2017", "--scale", "0.001", "--seed", "7",
        "--data-dir", directory.resolve("data").toString(), "--report", report.toString());

    assertThat(exit).isZero();
    String page = Files.readString(report.resolve("report.md"));
    assertThat(page).contains("## Contract types", "| EMPLOYEE |", "| total (a worker once) |", "## Members, invoicing and collection",
        "## Guarantee fund", "## Leasing portfolio, as at 2017-12-31", "## Replay timings", "| invariants |", "| year closing |");
    System.out.println(page);
  }
}
