package coop.smart.examples.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A schema of its own for one phase of a run, created empty in the database at a JDBC URL
 * (PostgreSQL) and dropped with everything in it on closing, so every phase starts from
 * a clean database and leaves none of its rows behind.
 */
public final class ScratchSchema implements AutoCloseable {

  private final String baseUrl;
  private final String name;

  private ScratchSchema(String baseUrl, String name) {
    this.baseUrl = baseUrl;
    this.name = name;
  }

  public static ScratchSchema create(String baseUrl, String name) throws SQLException {
    if (!baseUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("a PostgreSQL JDBC URL is needed, not " + baseUrl);
    }
    ScratchSchema schema = new ScratchSchema(baseUrl, name);
    schema.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE"); // left by a run that was killed
    schema.execute("CREATE SCHEMA " + name);
    return schema;
  }

  /** The URL whose connections work in this schema. */
  public String url() {
    return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + name;
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url());
  }

  @Override
  public void close() throws SQLException {
    execute("DROP SCHEMA " + name + " CASCADE");
  }

  private void execute(String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(baseUrl); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
