package coop.smart.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;

/**
 * The PostgreSQL the tests of every module run on, and fresh databases in it. It is the server
 * {@code SMART_TEST_PG_URL} names (e.g. {@code jdbc:postgresql://127.0.0.1:5432/test?user=postgres})
 * when set, and otherwise an embedded one started once for the test run, so a machine with
 * nothing installed tests the real engine. Each fresh database is a migrated schema of its own,
 * dropped when the database is closed, so tests never see each other's rows.
 */
public final class TestDatabases {

  /** The environment variable naming an external PostgreSQL to test on. */
  public static final String POSTGRES_URL = "SMART_TEST_PG_URL";

  /** Test data need not survive a crash of the machine: no waiting for the disk. */
  private static final Map<String, String> THROW_AWAY = Map.of(
      "fsync", "off", "synchronous_commit", "off", "full_page_writes", "off");

  private static String serverUrl;

  private TestDatabases() {
  }

  /** A fresh database and the JDBC URL of its schema, for a test that reads its tables itself. */
  public record Fresh(Database database, String url) {
  }

  /** A new, migrated database in a schema of its own, dropped when the database is closed. */
  public static Database fresh() {
    return freshSchema().database();
  }

  /** {@link #fresh()}, with the URL that reaches its schema. */
  public static Fresh freshSchema() {
    String server = serverUrl();
    String schema = "smart_test_" + UUID.randomUUID().toString().replace("-", "");
    execute(server, "CREATE SCHEMA " + schema);
    String url = server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    return new Fresh(Database.connect(url, 10, () -> execute(server, "DROP SCHEMA " + schema + " CASCADE")), url);
  }

  /** The JDBC URL of the test server's database, which fresh schemas are made in. */
  public static synchronized String serverUrl() {
    if (serverUrl == null) {
      String external = System.getenv(POSTGRES_URL);
      serverUrl = external != null && !external.isBlank() ? external : startEmbedded();
    }
    return serverUrl;
  }

  private static String startEmbedded() {
    try {
      Path directory = Files.createTempDirectory("smart-test-postgres");
      LocalPostgres postgres = LocalPostgres.start(directory, THROW_AWAY);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        postgres.close();
        try {
          LocalPostgres.deleteTree(directory);
        } catch (IOException e) {
          System.err.println("cannot remove the test database in " + directory + ": " + e.getMessage());
        }
      }, "smart-test-postgres-stop"));
      return postgres.jdbcUrl();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void execute(String url, String sql) {
    try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}
