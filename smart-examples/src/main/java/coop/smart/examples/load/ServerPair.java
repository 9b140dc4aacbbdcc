package coop.smart.examples.load;

import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.VatArea;
import coop.smart.core.report.BooksCheck;
import coop.smart.core.report.Violation;
import coop.smart.examples.process.ServerProcess;
import coop.smart.persistence.Database;
import coop.smart.persistence.JdbiEntityStores;
import coop.smart.persistence.LocalPostgres;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Two server processes on one PostgreSQL, as an entity outgrowing one machine would run them:
 * each scenario of the load tool loaded through one of them, then with the load split evenly
 * between both, the pair's requests per second printed beside one server's; then the books the
 * load left are checked whole ({@link BooksCheck}). The servers keep nothing of their own: the
 * API keys are in the database too, so the first server's first key works on both (see
 * {@code docs/scaling.md}).
 */
@Command(name = "server-pair", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Loads one server, then two servers of one PostgreSQL sharing the load, and prints their throughput side by side.")
public final class ServerPair implements Callable<Integer> {

  @Option(names = "--db-url", paramLabel = "JDBC_URL",
      description = "The servers' PostgreSQL, e.g. jdbc:postgresql://127.0.0.1:5432/smart?user=postgres (default: an embedded PostgreSQL started here).")
  String databaseUrl;

  @Option(names = "--scenarios", paramLabel = "NAME", split = ",", defaultValue = "trivial,pay,members,contracts",
      description = "Scenarios to run, in order (default ${DEFAULT-VALUE}).")
  List<String> scenarios;

  @Option(names = "--duration", paramLabel = "TIME", defaultValue = "10s", description = "Longest measurement per scenario (default ${DEFAULT-VALUE}).")
  String duration;

  @Option(names = "--warmup", paramLabel = "TIME", defaultValue = "5s", description = "Load before measuring each scenario (default ${DEFAULT-VALUE}).")
  String warmup;

  @Option(names = "--connections", paramLabel = "N", defaultValue = "16",
      description = "Kept-alive connections, split evenly between the servers loaded (default ${DEFAULT-VALUE}).")
  int connections;

  public static void main(String[] args) {
    System.exit(new CommandLine(new ServerPair()).execute(args));
  }

  @Override
  public Integer call() throws IOException {
    Path directory = Files.createTempDirectory("smart-pair");
    LocalPostgres postgres = databaseUrl == null ? LocalPostgres.start(directory.resolve("postgres")) : null;
    String url = postgres == null ? databaseUrl : postgres.jdbcUrl();
    List<ServerProcess> servers = List.of(
        new ServerProcess(ServerProcess.freePort(), directory.resolve("first"), url),
        new ServerProcess(ServerProcess.freePort(), directory.resolve("second"), url));
    List<ServerProcess> started = new ArrayList<>();
    try {
      String key = null;
      for (ServerProcess server : servers) {
        server.start();
        started.add(server);
        // The first server's key, waited for before the second starts: that one then finds it in the database and creates none.
        if (key == null) key = server.firstKey();
      }
      Report one = load(key, List.of(servers.get(0).base()));
      Report pair = load(key, servers.stream().map(ServerProcess::base).toList());
      System.out.print(sideBySide(one, pair));
      List<Violation> violations = booksCheck(url);
      System.out.println(violations.isEmpty() ? "The books the load left hold every invariant." : "The books break: " + violations);
      return one.errors() + pair.errors() == 0 && violations.isEmpty() ? 0 : 1;
    } finally {
      started.forEach(ServerProcess::stop);
      if (postgres != null) postgres.close();
      Target.delete(directory);
    }
  }

  private Report load(String key, List<URI> urls) {
    List<String> arguments = new ArrayList<>(List.of("--key", key, "--scenarios", String.join(",", scenarios), "--duration", duration,
        "--warmup", warmup, "--connections", Integer.toString(connections)));
    urls.forEach(url -> arguments.addAll(List.of("--url", url.toString())));
    LoadTool tool = new LoadTool();
    CommandLine command = new CommandLine(tool).setOut(new PrintWriter(new StringWriter()));
    int exit = command.execute(arguments.toArray(String[]::new));
    if (tool.report() == null) throw new IllegalStateException("the load tool stopped (exit " + exit + ") before its report");
    return tool.report();
  }

  private static String sideBySide(Report one, Report pair) {
    StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-10s %14s %12s %14s %12s %8s%n",
        "scenario", "1 server req/s", "p99 ms", "2 servers req/s", "p99 ms", "errors"));
    for (Measurement alone : one.measured()) {
      Measurement shared = pair.measured().stream().filter(m -> m.scenario().equals(alone.scenario())).findFirst().orElseThrow();
      table.append(String.format(Locale.ROOT, "%-10s %14.0f %12.3f %14.0f %12.3f %8d%n", alone.scenario(), alone.perSecond(),
          alone.millisAt(99), shared.perSecond(), shared.millisAt(99), alone.errors() + shared.errors()));
    }
    return table.toString();
  }

  private static List<Violation> booksCheck(String url) {
    try (Database database = Database.connect(url)) {
      return new BooksCheck(new JdbiEntityStores(database, EntityCatalog.standard().entity(Target.ENTITY.value()), VatArea.standard(),
          Clock.systemUTC())).check(LocalDate.now(Clock.systemUTC()));
    }
  }
}
