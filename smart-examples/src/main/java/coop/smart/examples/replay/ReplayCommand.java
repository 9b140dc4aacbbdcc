package coop.smart.examples.replay;

import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.VatArea;
import coop.smart.core.operation.EntityStores;
import coop.smart.core.report.AnnualReport;
import coop.smart.examples.integration.StoryClock;
import coop.smart.persistence.Database;
import coop.smart.persistence.JdbiEntityStores;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar smart-examples/target/smart-replay.jar --year 2017 --scale 0.01 --report DIR}:
 * SMart Belgium's year replayed day by day through the library's operations on PostgreSQL, its
 * books checked every day, and the annual report regenerated from them into {@code DIR/report.md} and
 * {@code DIR/report.html}. Run again on the same database (the same {@code --data-dir} or
 * {@code --db-url}) with the same year, scale and seed, an interrupted replay resumes after the last
 * day it committed.
 */
@Command(name = "smart-replay", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Replays a year of SMart Belgium at a scale of its 2017 volume, checks the books every day, and regenerates the annual report.")
public final class ReplayCommand implements Callable<Integer> {

  @Option(names = "--year", description = "the year replayed (default: ${DEFAULT-VALUE})")
  int year = 2017;

  @Option(names = "--scale", description = "the fraction of the 2017 volume, 1 for the whole year's (default: ${DEFAULT-VALUE})")
  double scale = 0.01;

  @Option(names = "--seed", description = "the seed of the generated year (default: ${DEFAULT-VALUE})")
  long seed = 2017;

  @Option(names = "--days", description = "how many days to replay from 1 January (default: the whole year)")
  Integer days;

  @Option(names = "--db-url", description = "a PostgreSQL JDBC URL, whose database is empty or holds a replay of the same year, scale and seed,"
      + " which resumes (default: an embedded PostgreSQL)")
  String dbUrl;

  @Option(names = "--data-dir", description = "where the embedded PostgreSQL keeps its data; a replay interrupted there resumes"
      + " (default: a new temporary directory)")
  Path dataDir;

  @Option(names = "--report", description = "the directory the report is written to (default: ${DEFAULT-VALUE})")
  Path report = Path.of("replay-report");

  @Override
  public Integer call() throws IOException {
    if (scale <= 0 || scale > 1) throw new CommandLine.ParameterException(new CommandLine(this), "--scale must be in (0, 1]: " + scale);
    int length = LocalDate.of(year, 1, 1).lengthOfYear();
    int replayed = days == null ? length : days;
    if (replayed < 1 || replayed > length) throw new CommandLine.ParameterException(new CommandLine(this), "--days must be 1 to " + length);
    Path directory = dataDir != null ? dataDir : Files.createTempDirectory("smart-replay");
    Timings timings = new Timings();
    YearPlan plan = timings.time("generation", () -> new YearPlan(year, scale, seed));
    try (Database database = timings.time("database start", () -> Database.open(dbUrl, directory))) {
      StoryClock clock = new StoryClock(LocalDate.of(year, 1, 1));
      EntityStores stores = new JdbiEntityStores(database, EntityCatalog.standard().entity("BE"), VatArea.standard(), clock);
      ReplayProgress progress = new ReplayProgress(database, year, scale, seed);
      Optional<ReplayProgress.Saved> saved;
      try {
        saved = progress.last();
      } catch (IllegalStateException other) {
        System.err.println(other.getMessage());
        return 3;
      }
      Replay replay = new Replay(stores, clock, plan, timings, progress, database::analyze, new Snapshots(database));
      saved.ifPresent(last -> {
        replay.resume(last);
        System.out.println("resuming after " + last.day());
      });
      try (ProgressBar bar = new ProgressBarBuilder().setTaskName("replay " + year).setInitialMax(replayed).setUnit(" days", 1).build()) {
        bar.stepTo(replay.daysDone());
        long start = System.nanoTime();
        long[] operations = {0};
        replay.run(replayed, done -> {
          operations[0] += done;
          double seconds = (System.nanoTime() - start) / 1e9;
          bar.step();
          bar.setExtraMessage(String.format(Locale.ROOT, "%.0f ops/s", operations[0] / Math.max(seconds, 1e-3)));
        });
      } catch (ReplayStopped stopped) {
        System.err.println("invariant broken " + stopped.getMessage());
        return 2;
      }
      AnnualReport annual = timings.time("report", () -> AnnualReport.of(stores, year));
      Files.createDirectories(report);
      ReportPage page = new ReportPage(annual, scale);
      Files.writeString(report.resolve("report.md"), page.markdown() + timingsTable(timings, replay));
      Files.writeString(report.resolve("report.html"), page.html());
      System.out.println("report written to " + report.resolve("report.md"));
      print(System.out, timings);
    }
    return 0;
  }

  private static String timingsTable(Timings timings, Replay replay) {
    StringBuilder table = new StringBuilder("\n## Replay timings\n\n| phase | seconds | operations |\n|---|---:|---:|\n");
    timings.phases().forEach((phase, spent) -> table.append(String.format(Locale.ROOT, "| %s | %.2f | %d |%n", phase, spent.nanos() / 1e9,
        spent.operations())));
    return table.append("\nLease signatures, payoffs and billings refused for want of budget: ").append(replay.leasesRefused()).append('\n').toString();
  }

  private static void print(PrintStream out, Timings timings) {
    timings.phases().forEach((phase, spent) -> out.printf(Locale.ROOT, "%-18s %8.2f s %9d operations%n", phase, spent.nanos() / 1e9, spent.operations()));
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new ReplayCommand()).execute(args));
  }
}
