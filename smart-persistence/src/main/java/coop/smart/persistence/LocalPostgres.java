package coop.smart.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL kept in a directory of its own, started by this process from the binaries
 * shipped in a Maven artifact, and stopped when closed. It keeps every commit it acknowledges
 * ({@code fsync}, {@code synchronous_commit} and {@code full_page_writes} on) and listens on the
 * loopback address only.
 *
 * <p>The directory holds {@code postgres/} (the cluster), {@code postgres.log} and
 * {@code database.lock}, which this process holds while the database runs, so two servers never
 * share a cluster. A process killed outright leaves its PostgreSQL running: the next start finds
 * that orphan by the cluster's {@code postmaster.pid}, shuts it down (PostgreSQL's fast shutdown,
 * which loses no committed transaction) and starts anew. A cluster is initialised in
 * {@code postgres.init/} and renamed into place once complete, so a start killed while
 * initialising leaves nothing half made.
 */
public final class LocalPostgres implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(LocalPostgres.class);

  /** The database the cooperative's tables live in, beside PostgreSQL's own {@code postgres}. */
  static final String DATABASE = "smart";
  /** The cluster's directory inside the data directory. */
  static final String CLUSTER = "postgres";
  private static final String SUPERUSER = "postgres";

  /** Every acknowledged commit is on disk, and a torn page can be repaired from the log. */
  static final Map<String, String> DURABLE = Map.of(
      "fsync", "on", "synchronous_commit", "on", "full_page_writes", "on");
  /** PostgreSQL's own default for its buffers, and the most its manual finds still useful to give them. */
  private static final long LEAST_BUFFERS_MB = 128;
  private static final long MOST_BUFFERS_MB = 8 * 1024;
  /**
   * The log written between two checkpoints: each page first changed after a checkpoint is logged
   * whole, so checkpoints far apart keep a day's postings, scattered over their indexes, from
   * logging every page they touch again and again.
   */
  private static final String MAX_WAL_SIZE = "4GB";
  /** Crash recovery after a kill replays the log before the server accepts connections. */
  private static final Duration STARTUP_WAIT = Duration.ofMinutes(2);
  private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(60);

  /**
   * The directories this process runs a database in. A second opener in the same process is
   * refused before it opens the lock file, since closing any channel on a file may release
   * every lock the process holds on it.
   */
  private static final Set<Path> RUNNING_HERE = ConcurrentHashMap.newKeySet();

  private final Path home;
  private final EmbeddedPostgres postgres;
  private final FileChannel lockFile;
  private final FileLock lock;

  private LocalPostgres(Path home, EmbeddedPostgres postgres, FileChannel lockFile, FileLock lock) {
    this.home = home;
    this.postgres = postgres;
    this.lockFile = lockFile;
    this.lock = lock;
  }

  /**
   * Starts the PostgreSQL kept in {@code directory}, initialising it there on first use.
   *
   * @throws IllegalStateException naming the directory when another running process holds it,
   *     or when PostgreSQL cannot be started (its log says why)
   */
  public static LocalPostgres start(Path directory) {
    return start(directory, DURABLE);
  }

  /** {@link #start(Path)} listening on {@code port}, or on any free one when it is 0. */
  public static LocalPostgres start(Path directory, int port) {
    return start(directory, DURABLE, port);
  }

  /** {@link #start(Path)} with other server settings, e.g. {@code fsync=off} for throw-away test data. */
  static LocalPostgres start(Path directory, Map<String, String> settings) {
    return start(directory, settings, 0);
  }

  /** {@link #start(Path, Map)} listening on {@code port}, or on any free one when it is 0. */
  static LocalPostgres start(Path directory, Map<String, String> settings, int port) {
    Path home = directory.toAbsolutePath().normalize();
    if (!RUNNING_HERE.add(home)) {
      throw new IllegalStateException("cannot start the embedded PostgreSQL in " + home + ": the database in " + home
          + " is in use by another running process; stop it first");
    }
    FileChannel lockFile = null;
    try {
      Files.createDirectories(home);
      lockFile = FileChannel.open(home.resolve("database.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = lockFile.tryLock();
      if (lock == null) {
        throw new IllegalStateException("the database in " + home + " is in use by another running process; stop it first");
      }
      Path cluster = home.resolve(CLUSTER);
      stopOrphan(cluster);
      if (!Files.exists(cluster)) initialise(home, cluster, settings);
      return new LocalPostgres(home, run(home, cluster, settings, port), lockFile, lock);
    } catch (IOException | RuntimeException e) {
      closeQuietly(lockFile);
      RUNNING_HERE.remove(home);
      throw new IllegalStateException("cannot start the embedded PostgreSQL in " + home + ": " + message(e)
          + " (see " + home.resolve("postgres.log") + ")", e);
    }
  }

  /**
   * The JDBC URL of the embedded PostgreSQL running in {@code directory}, when one runs there:
   * for tools working beside the server that owns it, such as a backup. PostgreSQL writes its
   * process and port in the cluster's {@code postmaster.pid}.
   */
  public static Optional<String> runningUrl(Path directory) {
    Path pidFile = directory.toAbsolutePath().resolve(CLUSTER).resolve("postmaster.pid");
    try {
      List<String> lines = Files.exists(pidFile) ? Files.readAllLines(pidFile) : List.of();
      if (lines.size() < 4 || !lines.get(3).trim().matches("[0-9]{1,5}")) return Optional.empty();
      return postmaster(lines).map(running -> url(Integer.parseInt(lines.get(3).trim())));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + pidFile, e);
    }
  }

  /** The PostgreSQL a {@code postmaster.pid} names on its first line, when it still runs. */
  private static Optional<ProcessHandle> postmaster(List<String> pidFile) {
    if (pidFile.isEmpty() || !pidFile.get(0).trim().matches("[0-9]{1,18}")) return Optional.empty();
    return ProcessHandle.of(Long.parseLong(pidFile.get(0).trim())).filter(LocalPostgres::isPostgres);
  }

  /** The JDBC URL of the cooperative's database on this server. */
  public String jdbcUrl() {
    return url(postgres.getPort());
  }

  private static String url(int port) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE + "?user=" + SUPERUSER;
  }

  /** Shuts PostgreSQL down (fast shutdown: open transactions roll back, commits are kept) and frees the directory. */
  @Override
  public void close() {
    try {
      postgres.close();
    } catch (IOException e) {
      LOG.warn("embedded PostgreSQL did not stop cleanly; the next start stops it", e);
    } finally {
      try {
        lock.release();
      } catch (IOException e) {
        LOG.warn("cannot release the database lock", e);
      }
      closeQuietly(lockFile);
      RUNNING_HERE.remove(home);
    }
  }

  /**
   * Stops the PostgreSQL a killed process left running on {@code cluster}, or removes the
   * {@code postmaster.pid} of one that is gone (whose process number another program may have
   * since), which PostgreSQL would otherwise take for a server still running. Holding the lock,
   * we know no live process of ours owns the cluster.
   */
  private static void stopOrphan(Path cluster) throws IOException {
    Path pidFile = cluster.resolve("postmaster.pid");
    if (!Files.exists(pidFile)) return;
    Optional<ProcessHandle> orphan = postmaster(Files.readAllLines(pidFile));
    if (orphan.isEmpty()) {
      Files.delete(pidFile);
      return;
    }
    ProcessHandle process = orphan.get();
    LOG.warn("stopping the embedded PostgreSQL (process {}) left running by a process that was killed", process.pid());
    signal(process, "INT"); // fast shutdown
    if (!waitForExit(process, ORPHAN_STOP_WAIT)) {
      process.destroyForcibly(); // crash recovery on the next start keeps every commit
      if (!waitForExit(process, ORPHAN_STOP_WAIT)) {
        throw new IllegalStateException("the PostgreSQL left running as process " + process.pid() + " does not stop");
      }
    }
  }

  private static boolean isPostgres(ProcessHandle process) {
    return process.info().command().map(command -> Path.of(command).getFileName().toString().startsWith("postgres")).orElse(false);
  }

  private static void signal(ProcessHandle process, String signal) throws IOException {
    try {
      new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start().waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while stopping process " + process.pid(), e);
    }
  }

  /** Polls, for the JDK learns of the end of a process not its child only by polling, and slowly. */
  private static boolean waitForExit(ProcessHandle process, Duration wait) throws IOException {
    long deadline = System.nanoTime() + wait.toNanos();
    while (process.isAlive()) {
      if (System.nanoTime() > deadline) return false;
      try {
        Thread.sleep(10);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while waiting for process " + process.pid() + " to stop", e);
      }
    }
    return true;
  }

  /** Initialises a cluster beside {@code cluster}, creates the cooperative's database in it, and moves it into place. */
  private static void initialise(Path home, Path cluster, Map<String, String> settings) throws IOException {
    Path draft = home.resolve("postgres.init");
    deleteTree(draft); // left by a start killed while initialising
    LOG.info("initialising the embedded PostgreSQL in {}", cluster);
    try (EmbeddedPostgres postgres = run(home, draft, settings, 0);
         Connection connection = DriverManager.getConnection(postgres.getJdbcUrl(SUPERUSER, "postgres"));
         Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + DATABASE);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create the database " + DATABASE + ": " + e.getMessage(), e);
    }
    Files.move(draft, cluster, StandardCopyOption.ATOMIC_MOVE);
  }

  private static EmbeddedPostgres run(Path home, Path cluster, Map<String, String> settings, int port) throws IOException {
    Path log = home.resolve("postgres.log");
    // The log names tables and statements: its owner's to read, as the cluster is.
    if (Files.notExists(log)) OwnerOnly.file(Files.createFile(log));
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
        .setPort(port)
        .setDataDirectory(cluster)
        .setCleanDataDirectory(false)
        .setRegisterShutdownHook(false) // the owner closes it, after the connections that use it
        .setPGStartupWait(STARTUP_WAIT)
        .setLocaleConfig("locale", "C")
        .setServerConfig("listen_addresses", "127.0.0.1")
        .setServerConfig("max_connections", "100")
        .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()));
    memory().forEach(builder::setServerConfig);
    settings.forEach(builder::setServerConfig);
    return builder.start();
  }

  /**
   * Buffers of a quarter of the machine's memory (as PostgreSQL's manual advises for a dedicated
   * server), between PostgreSQL's default and 8 GB, and the planner told the operating system
   * caches half of it. With the default 128 MB, a year's books (a few hundred MB of postings and
   * their indexes) no longer fit: each posting statement evicted and wrote back pages itself, 10 GB
   * over a year's replay.
   */
  static Map<String, String> memory() {
    long machineMb = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize() >> 20;
    long buffersMb = Math.max(LEAST_BUFFERS_MB, Math.min(MOST_BUFFERS_MB, machineMb / 4));
    return Map.of("shared_buffers", buffersMb + "MB", "effective_cache_size", Math.max(buffersMb, machineMb / 2) + "MB",
        "max_wal_size", MAX_WAL_SIZE);
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) return;
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(path);
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel == null) return;
    try {
      channel.close();
    } catch (IOException e) {
      LOG.warn("cannot close the database lock file", e);
    }
  }

  private static String message(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause && cause.getMessage() == null) cause = cause.getCause();
    return String.valueOf(cause.getMessage());
  }
}
