package coop.smart.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.joda.money.Money;

/**
 * Where the cooperative's records are kept: an embedded H2 file database by default, or
 * PostgreSQL (any JDBC URL) when one is given. Opening one starts a connection pool and brings
 * the schema up to the latest migration; repositories, the ledger, the audit trail and
 * {@link JdbiTransactions} are made from it. Close it to release the pool.
 */
public final class Database implements AutoCloseable {

  /** Where the embedded database is kept when no directory is given: {@code ./data}. */
  public static final Path DEFAULT_DIRECTORY = Path.of("data");

  /**
   * H2 speaks PostgreSQL's dialect, so the migrations and every query run unchanged on both.
   * WRITE_DELAY=0 sets the store's auto-commit delay to zero, and H2 then writes each commit to
   * its file before the commit returns. Left at its default of 500 ms, H2 writes commits from a
   * background thread later, and a process killed in between loses commits it had acknowledged
   * (DurabilityTest shows both). The write reaches the operating system, not necessarily the
   * disk: a commit survives the process dying, not the machine losing power.
   */
  static final String H2_SETTINGS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0";

  /** The connections a pool holds at most unless its size is given. */
  private static final int DEFAULT_POOL_SIZE = 10;

  private static final String MIGRATIONS = "classpath:coop/smart/persistence/migration";

  private final String description;
  private final HikariDataSource pool;
  private final Jdbi jdbi;

  private Database(String description, HikariDataSource pool) {
    this.description = description;
    this.pool = pool;
    this.jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
    jdbi.registerColumnMapper(Money.class, new MoneyColumnMapper());
    jdbi.registerArgument(new MoneyArgumentFactory());
    jdbi.registerArgument(new UuidArgumentFactory());
  }

  /** The database at {@code jdbcUrl} when one is given, otherwise the embedded one in {@code directory}. */
  public static Database open(String jdbcUrl, Path directory) {
    return jdbcUrl == null || jdbcUrl.isBlank() ? embedded(directory) : connect(jdbcUrl);
  }

  /** The embedded H2 database kept in {@code directory}, created there on first use. */
  public static Database embedded(Path directory) {
    Path absolute = directory.toAbsolutePath();
    try {
      Files.createDirectories(absolute);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the database directory " + absolute, e);
    }
    return connect(embeddedUrl(absolute));
  }

  /** The JDBC URL of the embedded H2 database kept in {@code directory}, for tools that connect to it on their own. */
  public static String embeddedUrl(Path directory) {
    return "jdbc:h2:file:" + directory.toAbsolutePath().resolve("smart") + H2_SETTINGS;
  }

  /**
   * The database at a JDBC URL, e.g. {@code jdbc:postgresql://host:5432/smart?user=smart&password=…}.
   *
   * @throws IllegalStateException naming the URL (without its password) when the database cannot be reached
   */
  public static Database connect(String jdbcUrl) {
    return connect(jdbcUrl, DEFAULT_POOL_SIZE);
  }

  /**
   * {@link #connect(String)} with at most {@code poolSize} connections, for callers running
   * more concurrent transactions than the default pool holds.
   */
  public static Database connect(String jdbcUrl, int poolSize) {
    String description = redacted(jdbcUrl);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setPoolName("smart");
    config.setMaximumPoolSize(poolSize);
    config.setMinimumIdle(1);
    config.setConnectionTimeout(10_000);
    HikariDataSource pool;
    try {
      pool = new HikariDataSource(config);
    } catch (RuntimeException e) {
      throw new IllegalStateException("cannot open the database at " + description + ": " + rootCause(e).getMessage(), e);
    }
    try {
      Flyway.configure().dataSource(pool).locations(MIGRATIONS).load().migrate();
    } catch (RuntimeException e) {
      pool.close();
      throw e;
    }
    return new Database(description, pool);
  }

  Jdbi jdbi() {
    return jdbi;
  }

  /** Returns when the database answers a query; throws when it does not. */
  public void ping() {
    jdbi.withHandle(handle -> handle.createQuery("SELECT 1").mapTo(Integer.class).one());
  }

  /**
   * Reports the connection pool to {@code registry} ({@code hikaricp.connections.active},
   * {@code .idle}, {@code .pending}, acquisition and usage times, tagged {@code pool=smart}).
   *
   * @throws IllegalStateException when this database's pool is already reported somewhere
   */
  public void bindMetrics(MeterRegistry registry) {
    pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
  }

  @Override
  public void close() {
    pool.close();
  }

  /** The URL, without any password in it. */
  @Override
  public String toString() {
    return description;
  }

  private static String redacted(String jdbcUrl) {
    return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  private static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) cause = cause.getCause();
    return cause;
  }
}
