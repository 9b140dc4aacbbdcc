package coop.smart.examples.crash;

import com.fasterxml.jackson.databind.JsonNode;
import coop.smart.examples.bench.ScratchSchema;
import coop.smart.examples.process.ServerProcess;
import coop.smart.persistence.Database;
import coop.smart.persistence.LocalPostgres;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Kills the server while it writes money, again and again, and checks that nothing it
 * acknowledged is lost: concurrent writers join members, register clients, draft and declare
 * contracts, issue and pay invoices; the server, a child process, is killed with SIGKILL at
 * random moments and started again; after each restart the books must balance, each invoice
 * series run without a gap and no retried request have created twice, and at the end every
 * acknowledged record must be there as it was acknowledged. With {@code --db-control}, the
 * external PostgreSQL is also restarted, and stopped for a while, under the same load.
 *
 * <p>{@code java -cp smart-examples/target/benchmarks.jar coop.smart.examples.crash.CrashDrill --kills 20}
 */
@Command(name = "CrashDrill", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Kills the server (SIGKILL) under concurrent money writes and checks no acknowledged write is lost.")
public final class CrashDrill implements java.util.concurrent.Callable<Integer> {

  @Option(names = "--kills", defaultValue = "20", description = "Times the server is killed (default ${DEFAULT-VALUE}).")
  int kills;

  @Option(names = "--writers", defaultValue = "8", description = "Concurrent writers (default ${DEFAULT-VALUE}).")
  int writers;

  @Option(names = "--max-gap", defaultValue = "PT2.5S",
      description = "Longest time the writers run between two kills; each gap is drawn between a tenth of it and it (default ${DEFAULT-VALUE}).")
  Duration maxGap;

  @Option(names = "--restart-limit", defaultValue = "PT15S",
      description = "Longest a restart after a kill may take before it counts as a fault (default ${DEFAULT-VALUE}).")
  Duration restartLimit;

  @Option(names = "--db-url", paramLabel = "JDBC_URL",
      description = "An external PostgreSQL, in which the drill works in a new schema (default: the server's embedded PostgreSQL).")
  String databaseUrl;

  @Option(names = "--db-control", paramLabel = "COMMAND",
      description = "With --db-url, a command taking restart, stop or start, e.g. 'pg_ctlcluster --skip-systemctl-redirect 15 main'.")
  String databaseControl;

  @Option(names = "--db-restarts", defaultValue = "3", description = "Restarts of the external PostgreSQL during the run (default ${DEFAULT-VALUE}).")
  int databaseRestarts;

  @Option(names = "--db-outage", defaultValue = "PT20S", description = "How long the external PostgreSQL is stopped once mid-run (default ${DEFAULT-VALUE}).")
  Duration databaseOutage;

  @Option(names = "--data-dir", paramLabel = "DIR", description = "The server's data directory (default: a new temporary one).")
  Path dataDir;

  @Option(names = "--seed", defaultValue = "2017", description = "Seed of the kill moments (default ${DEFAULT-VALUE}).")
  long seed;

  private final HttpClient http = HttpClient.newHttpClient();
  private final List<String> faults = new ArrayList<>();

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the drill with {@code args}; answers the exit code instead of exiting: 0 when nothing was lost. */
  public static int run(String... args) {
    return new CommandLine(new CrashDrill()).execute(args);
  }

  @Override
  public Integer call() throws Exception {
    if (databaseControl != null && databaseUrl == null) throw new CommandLine.ParameterException(new CommandLine(this), "--db-control needs --db-url");
    Path directory = dataDir != null ? dataDir : Files.createTempDirectory("smart-crash-drill");
    ScratchSchema schema = databaseUrl == null ? null
        : ScratchSchema.create(databaseUrl, "crash_drill_" + UUID.randomUUID().toString().replace("-", ""));
    String serverUrl = schema == null ? null : schema.url();
    ServerProcess server = new ServerProcess(ServerProcess.freePort(), directory, serverUrl);
    System.out.printf("crash drill: %d writers, %d kills of the server, on %s%n", writers, kills,
        serverUrl == null ? "its embedded PostgreSQL in " + directory : "the PostgreSQL at " + Database.redacted(serverUrl));
    Duration firstStart = server.start();
    String key = server.firstKey();

    Queue<Writer.Acknowledged> acknowledged = new ConcurrentLinkedQueue<>();
    Writer.Tally tally = new Writer.Tally();
    AtomicBoolean running = new AtomicBoolean(true);
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    List<Future<?>> writing = new ArrayList<>();
    for (int i = 1; i <= writers; i++) writing.add(pool.submit(new Writer(server.base(), key, "w" + i, acknowledged, tally, running)));

    Random random = new Random(seed);
    List<Duration> restarts = new ArrayList<>();
    List<Duration> healthWhileDown = new ArrayList<>();
    for (int kill = 1; kill <= kills; kill++) {
      ServerProcess.pause(Duration.ofMillis(maxGap.toMillis() / 10 + (long) (random.nextDouble() * maxGap.toMillis() * 0.9)));
      databaseEvent(kill, server, healthWhileDown);
      server.kill();
      Duration restart = server.start();
      restarts.add(restart);
      if (restart.compareTo(restartLimit) > 0) faults.add("restart " + kill + " took " + restart.toMillis() + " ms");
      Books.Check books = Books.check(booksUrl(serverUrl, directory));
      String after = "after kill " + kill + ": ";
      books.faults().forEach(fault -> faults.add(after + fault));
      System.out.printf("kill %2d: restarted in %5d ms, %,7d writes acknowledged, %,6d invoices, books %s%n", kill, restart.toMillis(),
          acknowledged.size(), books.invoices(), books.faults().isEmpty() ? "balanced" : books.faults().size() + " faults");
    }
    running.set(false);
    pool.shutdown();
    if (!pool.awaitTermination(5, TimeUnit.MINUTES)) faults.add("writers did not finish");
    for (Future<?> writer : writing) {
      try {
        writer.get();
      } catch (Exception e) {
        faults.add("a writer failed: " + e.getMessage());
      }
    }

    Map<String, Integer> byKind = new TreeMap<>();
    long lost = 0;
    for (Writer.Acknowledged ack : acknowledged) {
      byKind.merge(ack.kind(), 1, Integer::sum);
      String fault = stillThere(server, key, ack);
      if (fault != null) {
        lost++;
        faults.add(fault);
      }
    }
    Books.Check books = Books.check(booksUrl(serverUrl, directory));
    faults.addAll(books.faults());
    server.stop();
    if (schema != null && faults.isEmpty()) schema.close(); // kept to be looked into when something is wrong

    System.out.printf("acknowledged: %,d writes %s; lost or changed: %d%n", acknowledged.size(), byKind, lost);
    System.out.printf("retried after no answer: %,d requests; changes found applied on their retry: %d%n", tally.retried.get(),
        tally.foundApplied.get());
    System.out.printf("books: %,d invoices in %d series without a gap: %s; %,d journal entries, trial balance %s%n", books.invoices(),
        books.series(), books.faults().stream().noneMatch(f -> f.startsWith("invoice series")) ? "yes" : "no", books.entries(),
        books.faults().stream().noneMatch(f -> f.startsWith("trial") || f.startsWith("unbalanced")) ? "zero" : "NOT zero");
    System.out.printf(Locale.ROOT, "restarts after SIGKILL: %d, slowest %.1f s, mean %.1f s (first start %.1f s)%n", restarts.size(),
        seconds(restarts.stream().max(Duration::compareTo).orElse(Duration.ZERO)),
        seconds(restarts.stream().reduce(Duration.ZERO, Duration::plus).dividedBy(Math.max(1, restarts.size()))), seconds(firstStart));
    if (databaseControl != null) {
      System.out.printf("database down: %,d requests answered 503, slowest in %d ms; /health while down: %d probes, slowest %d ms%n",
          tally.unavailable.get(), tally.slowestUnavailableMillis.get(), healthWhileDown.size(),
          healthWhileDown.stream().max(Duration::compareTo).orElse(Duration.ZERO).toMillis());
    }
    faults.stream().limit(20).forEach(fault -> System.out.println("FAULT " + fault));
    System.out.println(faults.isEmpty() ? "no acknowledged write lost" : faults.size() + " faults");
    return faults.isEmpty() ? 0 : 1;
  }

  /** Restarts the external PostgreSQL at a few kills, and stops it for a while at the middle one. */
  private void databaseEvent(int kill, ServerProcess server, List<Duration> healthWhileDown) {
    if (databaseControl == null) return;
    if (kill == Math.max(1, kills / 2)) {
      control("stop");
      long until = System.nanoTime() + databaseOutage.toNanos();
      while (System.nanoTime() < until) {
        ServerProcess.HealthAnswer health = server.health();
        healthWhileDown.add(health.took());
        if (health.status() != 503) faults.add("/health answered " + health.status() + " while the database was down");
        ServerProcess.pause(Duration.ofSeconds(1));
      }
      control("start");
    } else if (databaseRestarts > 0 && kill % Math.max(1, kills / databaseRestarts) == 0 && kill / Math.max(1, kills / databaseRestarts) <= databaseRestarts) {
      control("restart");
    }
  }

  private void control(String action) {
    List<String> command = new ArrayList<>(List.of(databaseControl.trim().split("\\s+")));
    command.add(action);
    try {
      Process process = new ProcessBuilder(command).inheritIO().start();
      if (process.waitFor() != 0) faults.add(String.join(" ", command) + " failed");
    } catch (IOException e) {
      faults.add(String.join(" ", command) + " could not run: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    System.out.println("database " + action);
  }

  /** The fault in an acknowledged record as it is read back now, or null when it is as acknowledged. */
  private String stillThere(ServerProcess server, String key, Writer.Acknowledged ack) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.base().resolve(ack.path()))
        .header("Authorization", "Bearer " + key).GET().build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) return "acknowledged " + ack.kind() + " " + ack.path() + " answers " + response.statusCode();
    JsonNode now = Writer.parse(response);
    JsonNode then = ack.record();
    boolean same = switch (ack.kind()) {
      case "member", "client" -> then.get("name").equals(now.get("name"));
      case "contract" -> then.get("invoicedAmount").equals(now.get("invoicedAmount")) && then.get("member").equals(now.get("member"));
      case "declaration" -> !List.of("DRAFT", "CANCELLED").contains(now.get("status").asText());
      case "invoice" -> then.get("number").equals(now.get("number")) && then.get("total").equals(now.get("total"));
      case "payment" -> Objects.equals(then.get("status"), now.get("status"));
      default -> throw new IllegalStateException("no check for " + ack.kind());
    };
    return same ? null : "acknowledged " + ack.kind() + " " + ack.path() + " now reads " + now;
  }

  /** Where the books are read: the drill's schema, or the embedded PostgreSQL the server runs now. */
  private static String booksUrl(String serverUrl, Path directory) {
    return serverUrl != null ? serverUrl
        : LocalPostgres.runningUrl(directory).orElseThrow(() -> new IllegalStateException("no embedded PostgreSQL runs in " + directory));
  }

  private static double seconds(Duration duration) {
    return duration.toMillis() / 1000.0;
  }


}
