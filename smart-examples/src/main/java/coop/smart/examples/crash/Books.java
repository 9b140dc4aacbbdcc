package coop.smart.examples.crash;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What the books must show whatever happened to the server: each invoice series numbered
 * without a gap, every journal entry balanced, the trial balance at zero, and no record
 * created twice by a retried request. Read straight from the database.
 */
final class Books {

  /** The books' figures and every fault found in them. */
  record Check(long invoices, long series, long entries, List<String> faults) {
  }

  private Books() {
  }

  static Check check(String jdbcUrl) {
    List<String> faults = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(jdbcUrl); Statement sql = connection.createStatement()) {
      connection.setAutoCommit(false);
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ); // one instant for every query
      faults(sql, faults, "invoice series with a gap",
          "SELECT entity || '-' || number_year || ': ' || count(*) || ' invoices, highest ' || max(number_sequence)"
              + " FROM invoices GROUP BY entity, number_year HAVING count(*) <> max(number_sequence) OR min(number_sequence) <> 1");
      faults(sql, faults, "unbalanced journal entry",
          "SELECT entity || ' ' || entry_id || ' ' || currency || ' ' || sum(amount) FROM postings"
              + " GROUP BY entity, entry_id, currency HAVING sum(amount) <> 0");
      faults(sql, faults, "journal entry without postings",
          "SELECT e.entity || ' ' || e.id FROM journal_entries e"
              + " WHERE NOT EXISTS (SELECT 1 FROM postings p WHERE p.entity = e.entity AND p.entry_id = e.id)");
      faults(sql, faults, "trial balance not zero",
          "SELECT entity || ' ' || currency || ' ' || sum(amount) FROM postings GROUP BY entity, currency HAVING sum(amount) <> 0");
      faults(sql, faults, "member created twice", "SELECT name FROM members GROUP BY entity, name HAVING count(*) > 1");
      faults(sql, faults, "client created twice", "SELECT name FROM clients GROUP BY entity, name HAVING count(*) > 1");
      faults(sql, faults, "contract created twice", "SELECT member_id::text FROM contracts GROUP BY entity, member_id HAVING count(*) > 1");
      faults(sql, faults, "invoice created twice",
          "SELECT contract_id::text FROM invoices WHERE contract_id IS NOT NULL GROUP BY entity, contract_id HAVING count(*) > 1");
      Check check = new Check(count(sql, "SELECT count(*) FROM invoices"),
          count(sql, "SELECT count(DISTINCT (entity, number_year)) FROM invoices"), count(sql, "SELECT count(*) FROM journal_entries"), faults);
      connection.commit();
      return check;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the books at " + jdbcUrl + ": " + e.getMessage(), e);
    }
  }

  private static void faults(Statement sql, List<String> faults, String fault, String query) throws SQLException {
    try (ResultSet rows = sql.executeQuery(query)) {
      while (rows.next()) faults.add(fault + ": " + rows.getString(1));
    }
  }

  private static long count(Statement sql, String query) throws SQLException {
    try (ResultSet rows = sql.executeQuery(query)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
