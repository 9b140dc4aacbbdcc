package coop.smart.examples.bench;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows of one table read back with plain JDBC, to be inserted again with plain JDBC into a
 * table of the same shape: the raw rate is measured on exactly the rows the stores wrote. The
 * columns the database generates (a sequence) are left out, for it to generate again.
 */
final class TableRows {

  private static final String MIGRATION_HISTORY = "flyway_schema_history";

  final String table;
  final List<Object[]> rows = new ArrayList<>();
  private final List<String> columns = new ArrayList<>();
  private final List<Integer> types = new ArrayList<>();

  private TableRows(String table) {
    this.table = table;
  }

  static TableRows read(Connection connection, String table) throws SQLException {
    TableRows read = new TableRows(table);
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false); // PostgreSQL streams a result by fetch size only inside a transaction
    try (Statement statement = connection.createStatement()) {
      statement.setFetchSize(10_000);
      try (ResultSet result = statement.executeQuery("SELECT * FROM " + table)) {
        ResultSetMetaData meta = result.getMetaData();
        List<Integer> kept = new ArrayList<>();
        for (int column = 1; column <= meta.getColumnCount(); column++) {
          if (meta.isAutoIncrement(column)) continue;
          kept.add(column);
          read.columns.add(meta.getColumnName(column));
          read.types.add(meta.getColumnType(column));
        }
        while (result.next()) {
          Object[] row = new Object[kept.size()];
          for (int i = 0; i < row.length; i++) row[i] = result.getObject(kept.get(i));
          read.rows.add(row);
        }
      }
    } finally {
      connection.commit();
      connection.setAutoCommit(autoCommit);
    }
    return read;
  }

  String insert() {
    return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES ("
        + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
  }

  void bind(PreparedStatement statement, Object[] row) throws SQLException {
    for (int i = 0; i < row.length; i++) {
      if (row[i] == null) statement.setNull(i + 1, types.get(i));
      else statement.setObject(i + 1, row[i]);
    }
  }

  /** The tables of the connection's schema, each after the tables its foreign keys refer to; the migration history left out. */
  static List<String> inInsertOrder(Connection connection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    String schema = connection.getSchema();
    Map<String, Set<String>> referred = new LinkedHashMap<>();
    try (ResultSet tables = meta.getTables(connection.getCatalog(), schema, "%", new String[] {"TABLE"})) {
      while (tables.next()) {
        String table = tables.getString("TABLE_NAME");
        if (!table.equalsIgnoreCase(MIGRATION_HISTORY)) referred.put(table, new LinkedHashSet<>());
      }
    }
    for (Map.Entry<String, Set<String>> table : referred.entrySet()) {
      try (ResultSet keys = meta.getImportedKeys(connection.getCatalog(), schema, table.getKey())) {
        while (keys.next()) {
          String target = keys.getString("PKTABLE_NAME");
          if (!target.equals(table.getKey())) table.getValue().add(target);
        }
      }
    }
    List<String> ordered = new ArrayList<>();
    while (ordered.size() < referred.size()) {
      int before = ordered.size();
      referred.forEach((table, targets) -> {
        if (!ordered.contains(table) && ordered.containsAll(targets)) ordered.add(table);
      });
      if (ordered.size() == before) throw new IllegalStateException("the foreign keys of " + referred.keySet() + " form a cycle");
    }
    return ordered;
  }
}
