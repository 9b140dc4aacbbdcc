package coop.smart.examples.load;

import java.io.PrintWriter;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Measures the server's throughput and latency per scenario beside a trivial JSON endpoint, on
 * this machine only and bounded in requests and time:
 * {@code java -cp smart-examples/target/benchmarks.jar coop.smart.examples.load.LoadTool}.
 * Each scenario is warmed up, then measured until its request count or its duration is reached,
 * whichever comes first.
 */
@Command(name = "load", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Loads the SMart server on this machine and reports requests per second and p50/p99 latency per scenario.")
public final class LoadTool implements Callable<Integer> {

  @Option(names = "--url", paramLabel = "URL",
      description = "A running server on this machine's loopback, e.g. http://127.0.0.1:7070 (default: start the server in this process);"
          + " given again, servers of one database sharing the load evenly.")
  List<URI> urls = new ArrayList<>();

  @Option(names = "--key", paramLabel = "KEY", description = "API key of a staff role for the authenticated scenarios on a running server.")
  String key;

  @Option(names = "--db-url", paramLabel = "JDBC_URL",
      description = "Database of the server started here, e.g. jdbc:postgresql://127.0.0.1:5432/smart?user=postgres (default: an embedded PostgreSQL in a temporary directory).")
  String databaseUrl;

  @Option(names = "--scenarios", paramLabel = "NAME", split = ",", defaultValue = "trivial,pay,members,contracts",
      description = "Scenarios to run, in order: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  List<Workload> scenarios;

  @Option(names = "--requests", paramLabel = "N", defaultValue = "1000000",
      description = "Most requests measured per scenario (default ${DEFAULT-VALUE}).")
  long requests;

  @Option(names = "--duration", paramLabel = "TIME", defaultValue = "10s", converter = TimeConverter.class,
      description = "Longest measurement per scenario, e.g. 10s, 500ms, 1m (default ${DEFAULT-VALUE}).")
  Duration duration;

  @Option(names = "--warmup", paramLabel = "TIME", defaultValue = "5s", converter = TimeConverter.class,
      description = "Load before measuring each scenario, bounded by --requests too; 0s for none (default ${DEFAULT-VALUE}).")
  Duration warmup;

  @Option(names = "--connections", paramLabel = "N", defaultValue = "16",
      description = "Kept-alive connections, each with one request in flight (default ${DEFAULT-VALUE}).")
  int connections;

  @Spec
  CommandLine.Model.CommandSpec spec;

  private Report report;

  public static void main(String[] args) {
    System.exit(new CommandLine(new LoadTool()).execute(args));
  }

  @Override
  public Integer call() throws Exception {
    if (requests < 1 || connections < 1 || duration.isZero() || duration.isNegative() || warmup.isNegative()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--requests, --connections and --duration must be positive");
    }
    if (urls.isEmpty() && key != null) throw new CommandLine.ParameterException(spec.commandLine(), "--key goes with --url");
    if (!urls.isEmpty() && databaseUrl != null) throw new CommandLine.ParameterException(spec.commandLine(), "--db-url is for the server started here, not with --url");
    Target target;
    try {
      target = urls.isEmpty() ? Target.inProcess(databaseUrl) : Target.remote(urls, key);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    try (target) {
      out.printf(Locale.ROOT, "Loading %s over %d connections: each scenario warmed up for %s, then measured for at most %d requests or %s.%n",
          target, connections, text(warmup), requests, text(duration));
      out.flush();
      report = run(target, out);
    }
    out.print(report);
    out.flush();
    return report.errors() == 0 ? 0 : 1;
  }

  private Report run(Target target, PrintWriter out) throws Exception {
    Report result = new Report();
    Preparation preparation = new Preparation(target);
    LoadGenerator generator = new LoadGenerator(target.addresses(), connections);
    for (Workload workload : scenarios) {
      Scenario scenario;
      try {
        scenario = workload.prepare(target, preparation);
      } catch (Workload.Unavailable e) {
        result.skip(workload.name(), e.getMessage());
        continue;
      }
      if (!warmup.isZero()) generator.run(scenario, requests, warmup);
      Measurement measurement = generator.run(scenario, requests, duration);
      out.printf(Locale.ROOT, "%s: %d requests in %.1f s%n", scenario.name(), measurement.requests(), measurement.elapsed().toMillis() / 1000.0);
      out.flush();
      result.add(measurement);
    }
    return result;
  }

  /** The last run's report, once {@link #call} has returned. */
  Report report() {
    return report;
  }

  private static String text(Duration duration) {
    return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + "s" : duration.toMillis() + "ms";
  }

  /** Reads {@code 10s}, {@code 500ms} or {@code 1m}. */
  static final class TimeConverter implements CommandLine.ITypeConverter<Duration> {

    private static final Pattern TIME = Pattern.compile("(\\d+)(ms|s|m)");

    @Override
    public Duration convert(String value) {
      Matcher matcher = TIME.matcher(value.strip());
      if (!matcher.matches()) throw new CommandLine.TypeConversionException("expected a time such as 10s, 500ms or 1m: '" + value + "'");
      long amount = Long.parseLong(matcher.group(1));
      return switch (matcher.group(2)) {
        case "ms" -> Duration.ofMillis(amount);
        case "s" -> Duration.ofSeconds(amount);
        default -> Duration.ofMinutes(amount);
      };
    }
  }
}
