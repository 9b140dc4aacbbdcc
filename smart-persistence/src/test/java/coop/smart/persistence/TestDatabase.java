package coop.smart.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A new, migrated database for each test, handed to any test or lifecycle method that takes a
 * {@link Database}, and removed after it: an in-memory H2 database that vanishes with its
 * pool, or a PostgreSQL schema of its own that is dropped, so runs never see each other's rows.
 * Without a PostgreSQL URL the PostgreSQL tests are skipped, and the build log says so.
 */
final class TestDatabase implements ExecutionCondition, BeforeEachCallback, AfterEachCallback, ParameterResolver {

  /** The PostgreSQL to test against, e.g. {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres}. */
  static final String POSTGRES_URL = "SMART_TEST_PG_URL";

  private static final String SKIPPED = "PostgreSQL tests skipped: set " + POSTGRES_URL
      + " to run them, e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres";
  private static final AtomicBoolean SKIP_TOLD = new AtomicBoolean();

  private final boolean postgres;
  private final String postgresUrl;
  private Database database;
  private String schema;

  private TestDatabase(boolean postgres, String postgresUrl) {
    this.postgres = postgres;
    this.postgresUrl = postgresUrl;
  }

  static TestDatabase h2() {
    return new TestDatabase(false, null);
  }

  static TestDatabase postgres() {
    String url = System.getenv(POSTGRES_URL);
    return new TestDatabase(true, url == null || url.isBlank() ? null : url);
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    if (!postgres || postgresUrl != null) return ConditionEvaluationResult.enabled("a database to test on");
    if (!SKIP_TOLD.getAndSet(true)) System.out.println(SKIPPED);
    return ConditionEvaluationResult.disabled(SKIPPED);
  }

  @Override
  public void beforeEach(ExtensionContext context) throws SQLException {
    if (!postgres) {
      database = Database.connect("jdbc:h2:mem:" + UUID.randomUUID() + Database.H2_SETTINGS);
      return;
    }
    schema = "smart_test_" + UUID.randomUUID().toString().replace("-", "");
    execute("CREATE SCHEMA " + schema);
    database = Database.connect(postgresUrl + (postgresUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema);
  }

  @Override
  public void afterEach(ExtensionContext context) throws SQLException {
    database.close();
    if (schema != null) execute("DROP SCHEMA " + schema + " CASCADE");
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Database.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return database;
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(postgresUrl); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
