package coop.smart.examples.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reference server run as a child process, as an operator runs it: started, killed with
 * SIGKILL, started again on the same port and data directory. Its output is appended to
 * {@code server.log} in the data directory.
 */
public final class ServerProcess {

  private static final Pattern KEY = Pattern.compile("smart_[0-9a-f]{12}_[A-Za-z0-9_-]{43}");
  private static final Duration START_LIMIT = Duration.ofSeconds(60);

  private final int port;
  private final Path dataDir;
  private final String databaseUrl;
  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
  private Process process;

  /**
   * @param databaseUrl the server's database, or null for the embedded PostgreSQL of its data directory
   */
  public ServerProcess(int port, Path dataDir, String databaseUrl) {
    this.port = port;
    this.dataDir = dataDir;
    this.databaseUrl = databaseUrl;
  }

  /** A port no process of this machine listens on now. */
  public static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free port", e);
    }
  }

  public URI base() {
    return URI.create("http://127.0.0.1:" + port);
  }

  /** Starts the server and waits until {@code /health} says it is up; answers how long that took. */
  public Duration start() {
    long started = System.nanoTime();
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "coop.smart.server.Main", "--port", Integer.toString(port),
        "--data-dir", dataDir.toString()));
    if (databaseUrl != null) command.addAll(List.of("--db-url", databaseUrl));
    try {
      Files.createDirectories(dataDir);
      process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile())).start();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start the server", e);
    }
    while (!healthy()) {
      if (!process.isAlive()) throw new IllegalStateException("the server stopped while starting; see " + log());
      if (System.nanoTime() - started > START_LIMIT.toNanos()) throw new IllegalStateException("the server did not start in " + START_LIMIT);
      pause(Duration.ofMillis(50));
    }
    return Duration.ofNanos(System.nanoTime() - started);
  }

  /**
   * The ADMIN key the first start left in the data directory, waited for: the server writes it
   * once its port is bound, so {@code /health} may answer a moment before.
   */
  public String firstKey() {
    long started = System.nanoTime();
    while (true) {
      try {
        Matcher written = KEY.matcher(Files.readString(dataDir.resolve("first-admin-key.txt")));
        if (written.find()) return written.group();
      } catch (NoSuchFileException e) {
        // not written yet
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (!process.isAlive() || System.nanoTime() - started > START_LIMIT.toNanos()) {
        throw new IllegalStateException("the server left no key; see " + log());
      }
      pause(Duration.ofMillis(50));
    }
  }

  /** SIGKILL: no shutdown hook runs, the database is not closed. */
  public void kill() {
    process.destroyForcibly();
    try {
      if (!process.waitFor(30, TimeUnit.SECONDS)) throw new IllegalStateException("the killed server does not end");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Stops the server as an operator would (SIGTERM), so it closes its database. */
  public void stop() {
    process.destroy();
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) kill();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** How long {@code /health} takes to answer, and with which status. */
  public HealthAnswer health() {
    long started = System.nanoTime();
    int status;
    try {
      status = http.send(HttpRequest.newBuilder(base().resolve("/health")).timeout(Duration.ofSeconds(5)).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      status = 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      status = 0;
    }
    return new HealthAnswer(status, Duration.ofNanos(System.nanoTime() - started));
  }

  public record HealthAnswer(int status, Duration took) {
  }

  private boolean healthy() {
    return health().status() == 200;
  }

  private Path log() {
    return dataDir.resolve("server.log");
  }

  public static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
