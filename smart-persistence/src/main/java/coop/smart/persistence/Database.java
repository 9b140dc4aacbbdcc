package coop.smart.persistence;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.NoTemplateEngine;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;
import org.joda.money.Money;

/**
 * Where the cooperative's records are kept: PostgreSQL, either the embedded one this process
 * starts in a directory ({@link LocalPostgres}) or the entity's own server at a JDBC URL.
 * Opening one starts a connection pool and brings the schema up to the latest migration;
 * repositories, the ledger, the audit trail and {@link JdbiTransactions} are made from it.
 * Close it to release the pool, and to stop the embedded server when it runs one.
 */
public final class Database implements AutoCloseable {

  /** Where the embedded database is kept when no directory is given: {@code ./data}. */
  public static final Path DEFAULT_DIRECTORY = Path.of("data");

  /**
   * The connections a pool holds at most unless its size is given: HikariCP's rule of thumb for
   * PostgreSQL, twice the cores plus one. More connections than the cores can serve only queue
   * inside the database instead of in the pool.
   */
  private static final int DEFAULT_POOL_SIZE = Runtime.getRuntime().availableProcessors() * 2 + 1;
  /**
   * How long a use case waits for a connection. Past it the database is taken as unreachable
   * (or overloaded) and the caller is told at once, rather than after the pool's usual 30 s.
   */
  static final Duration CONNECTION_WAIT = Duration.ofMillis(750);

  static final String MIGRATIONS = "classpath:coop/smart/persistence/migration";

  private final String description;
  private final HikariDataSource pool;
  private final AutoCloseable owned;
  private final Jdbi jdbi;
  private final Ping ping;
  private final DeferredAudit deferredAudit;

  private Database(String description, HikariDataSource pool, AutoCloseable owned) {
    this.description = description;
    this.pool = pool;
    this.owned = owned;
    this.jdbi = Jdbi.create(pool).installPlugin(new SqlObjectPlugin());
    // Statements are sent as written, lists bound as arrays: the default engine rebuilt every
    // statement's text from its template on each execution, though none defines an attribute.
    jdbi.setTemplateEngine(new NoTemplateEngine());
    jdbi.registerColumnMapper(Money.class, new MoneyColumnMapper());
    jdbi.registerArgument(new MoneyArgumentFactory());
    jdbi.registerArgument(new UuidArgumentFactory());
    this.ping = new Ping(jdbi);
    this.deferredAudit = new DeferredAudit(records -> JdbiAuditTrail.insert(jdbi, records), records -> JdbiAuditTrail.insertAndCommit(jdbi, records));
  }

  /** The database at {@code jdbcUrl} when one is given, otherwise the embedded one in {@code directory}. */
  public static Database open(String jdbcUrl, Path directory) {
    return jdbcUrl == null || jdbcUrl.isBlank() ? embedded(directory) : connect(jdbcUrl);
  }

  /**
   * The embedded PostgreSQL kept in {@code directory}, initialised there on first use and
   * stopped when the database is closed.
   */
  public static Database embedded(Path directory) {
    LocalPostgres postgres = LocalPostgres.start(directory);
    try {
      return connect(postgres.jdbcUrl(), DEFAULT_POOL_SIZE, postgres);
    } catch (RuntimeException e) {
      postgres.close();
      throw e;
    }
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
    return connect(jdbcUrl, poolSize, () -> { });
  }

  /** {@link #connect(String, int)}, closing {@code owned} after the pool. */
  static Database connect(String jdbcUrl, int poolSize, AutoCloseable owned) {
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("a PostgreSQL JDBC URL (jdbc:postgresql://...) is needed, not " + redacted(jdbcUrl));
    }
    String description = redacted(jdbcUrl);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setPoolName("smart");
    config.setMaximumPoolSize(poolSize);
    config.setMinimumIdle(1);
    config.setConnectionTimeout(CONNECTION_WAIT.toMillis());
    config.setValidationTimeout(CONNECTION_WAIT.toMillis() / 2);
    config.addDataSourceProperty("connectTimeout", "1"); // seconds: an unreachable host fails fast too
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
    return new Database(description, pool, owned);
  }

  /**
   * The Jdbi the stores work through. A handle an embedder opens on it while an operation's
   * transaction runs on the thread joins that transaction, so the embedder's own tables commit, or
   * roll back, with the operation's records.
   */
  public Jdbi jdbi() {
    return jdbi;
  }

  /** The audit records appended in the transactions on this database, kept until each commits. */
  DeferredAudit deferredAudit() {
    return deferredAudit;
  }

  /** Calls {@code listener} after each SQL statement this database runs, e.g. to count what a use case sends. */
  public void afterEachStatement(Runnable listener) {
    jdbi.setSqlLogger(new SqlLogger() {
      @Override
      public void logAfterExecution(StatementContext context) {
        listener.run();
      }
    });
  }

  /**
   * Refreshes the planner's statistics of every table. A database filled faster than its
   * autovacuum notices (a year loaded day by day, each day one transaction) is otherwise planned
   * as the near-empty database it was: joins read whole tables for every row.
   */
  public void analyze() {
    jdbi.useHandle(handle -> handle.execute("ANALYZE"));
  }

  /**
   * Returns when the database answers a query within {@code wait}; throws when it does not, or
   * fails to, in time. Pings overlapping one still under way wait for that one.
   */
  public void ping(Duration wait) {
    ping.within(wait);
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
    ping.close();
    pool.close();
    try {
      owned.close();
    } catch (Exception e) {
      throw new IllegalStateException("cannot close " + description + ": " + e.getMessage(), e);
    }
  }

  /** The URL, without any password in it. */
  @Override
  public String toString() {
    return description;
  }

  /** {@code jdbcUrl} without any password in it, to be shown in a message or a report. */
  public static String redacted(String jdbcUrl) {
    return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  private static Throwable rootCause(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) cause = cause.getCause();
    return cause;
  }
}
