package coop.smart.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.audit.AuditRecord;
import coop.smart.core.invoice.Invoice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.joda.money.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupTest {

  private final List<String> schemas = new ArrayList<>();
  private Database original;

  @BeforeEach
  void storeBooks() {
    original = TestDatabases.fresh();
    JdbiInvoiceRepository invoices = new JdbiInvoiceRepository(original, Fixtures.national(Fixtures.BE));
    for (int i = 0; i < 3; i++) {
      Invoice invoice = invoices.save(Fixtures.invoice(original, Fixtures.BE, Money.parse("EUR 1000.0" + i)));
      new JdbiAuditTrail(original, Fixtures.BE).append(new AuditRecord(Fixtures.BE, Instant.parse("2017-03-15T10:00:00Z"), "alice",
          "invoice.issue", "invoice", invoice.id().toString(), "key-" + i));
    }
  }

  @AfterEach
  void dropSchemas() throws SQLException {
    original.close();
    for (String schema : schemas) execute(TestDatabases.serverUrl(), "DROP SCHEMA " + schema + " CASCADE");
  }

  @Test
  void restoredCopy_holdsEveryRowOfEveryTable_andItsNumbersGoOn(@TempDir Path directory) throws SQLException, IOException {
    Path file = directory.resolve("smart.backup");
    Backup.Contents written = Backup.write(url(original), file);
    assertThat(written.rows()).containsEntry("invoices", 3L).containsEntry("audit_trail", 3L).containsEntry("members", 3L);
    assertThat(file.resolveSibling("smart.backup.partial")).doesNotExist();
    assertThat(Files.getPosixFilePermissions(file)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    String restoredUrl = emptySchema();
    Backup.Contents restored = Backup.restore(file, restoredUrl);

    assertThat(restored).isEqualTo(written);
    assertThat(rows(restoredUrl)).isEqualTo(rows(url(original)));
    try (Database reopened = Database.connect(restoredUrl)) {
      JdbiAuditTrail trail = new JdbiAuditTrail(reopened, Fixtures.BE);
      trail.append(new AuditRecord(Fixtures.BE, Instant.parse("2017-03-16T10:00:00Z"), "bob", "member.join", "member", "m-1", null));
      assertThat(count(restoredUrl, "audit_trail")).isEqualTo(4);
    }
  }

  @Test
  void restore_intoADatabaseWithTables_isRefused_andChangesNothing(@TempDir Path directory) throws SQLException {
    Path file = directory.resolve("smart.backup");
    Backup.write(url(original), file);
    Map<String, List<String>> before = rows(url(original));

    assertThatThrownBy(() -> Backup.restore(file, url(original)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the database to restore into must be empty, and it holds tables already");
    assertThat(rows(url(original))).isEqualTo(before);
  }

  @Test
  void aFileThatIsNoBackup_isRefused(@TempDir Path directory) throws Exception {
    Path file = Files.writeString(directory.resolve("notes.zip"), "not a zip");
    assertThatThrownBy(() -> Backup.restore(file, emptySchema())).hasMessageContaining(file.toString());
  }

  private String url(Database database) {
    return database.jdbi().withHandle(handle -> {
      try {
        return handle.getConnection().getMetaData().getURL();
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    });
  }

  private String emptySchema() throws SQLException {
    String schema = "smart_restore_" + UUID.randomUUID().toString().replace("-", "");
    execute(TestDatabases.serverUrl(), "CREATE SCHEMA " + schema);
    schemas.add(schema);
    String server = TestDatabases.serverUrl();
    return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  /** Every row of every table as text, sorted, by table. */
  private static Map<String, List<String>> rows(String url) throws SQLException {
    Map<String, List<String>> rows = new TreeMap<>();
    try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet result = statement.executeQuery("SELECT table_name FROM information_schema.tables"
          + " WHERE table_schema = current_schema() AND table_name <> 'flyway_schema_history'")) {
        while (result.next()) tables.add(result.getString(1));
      }
      for (String table : tables) {
        List<String> lines = new ArrayList<>();
        try (ResultSet result = statement.executeQuery("SELECT t::text FROM " + table + " t ORDER BY 1")) {
          while (result.next()) lines.add(result.getString(1));
        }
        rows.put(table, lines);
      }
    }
    return rows;
  }

  private static long count(String url, String table) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement();
         ResultSet result = statement.executeQuery("SELECT count(*) FROM " + table)) {
      result.next();
      return result.getLong(1);
    }
  }

  private static void execute(String url, String sql) throws SQLException {
    try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
