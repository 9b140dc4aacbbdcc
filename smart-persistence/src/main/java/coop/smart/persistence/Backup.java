package coop.smart.persistence;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A consistent copy of the cooperative's database in one file, taken while the server runs,
 * and its restoration into an empty database. Every table is copied in PostgreSQL's COPY
 * format within one read-only, repeatable-read transaction, so the copy is the database as
 * it was at one instant, with every invoice, its journal entry and its audit record or with
 * none of them. The file also names the schema's migration version: a copy is restored into
 * the schema of that version, then brought up to date like any database when it is opened.
 * It needs no PostgreSQL tool, so the embedded server and any other are copied alike.
 */
public final class Backup {

  private static final String MANIFEST = "manifest.txt";
  private static final String FORMAT = "smart-backup 1";
  private static final String HISTORY = "flyway_schema_history";

  private Backup() {
  }

  /** What a backup holds: the schema's version and each table's rows. */
  public record Contents(String schemaVersion, Map<String, Long> rows) {
    public Contents {
      rows = Map.copyOf(rows);
    }

    public long totalRows() {
      return rows.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /**
   * Copies the database at {@code jdbcUrl} into {@code file}, written beside it first and moved
   * into place once complete and on disk, so a backup cut short never passes for one.
   */
  public static Contents write(String jdbcUrl, Path file) {
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    try (Connection connection = DriverManager.getConnection(jdbcUrl)) {
      connection.setAutoCommit(false);
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      connection.setReadOnly(true);
      String version = schemaVersion(connection);
      Map<String, Long> rows = new LinkedHashMap<>();
      CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
      Files.deleteIfExists(partial); // left by a backup cut short
      // Every record of the cooperative is in the file: its owner's only, from the first byte on.
      OwnerOnly.file(Files.createFile(partial));
      try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
        for (String table : tables(connection)) {
          zip.putNextEntry(new ZipEntry(table + ".copy"));
          rows.put(table, copy.copyOut("COPY " + table + " TO STDOUT", unclosable(zip)));
          zip.closeEntry();
        }
        zip.putNextEntry(new ZipEntry(MANIFEST));
        zip.write(manifest(version, rows).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
      connection.commit();
      try (FileChannel written = FileChannel.open(partial, StandardOpenOption.WRITE)) {
        written.force(true);
      }
      Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      return new Contents(version, rows);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot back up the database: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the backup " + file, e);
    }
  }

  /**
   * Restores {@code file} into the database at {@code jdbcUrl}, which must hold none of the
   * cooperative's tables yet: all of it in one transaction, or nothing.
   *
   * @throws IllegalStateException when the database is not empty, or the file is no backup or
   *     does not match what it says it holds
   */
  public static Contents restore(Path file, String jdbcUrl) {
    try (ZipFile zip = new ZipFile(file.toFile()); Connection connection = DriverManager.getConnection(jdbcUrl)) {
      ZipEntry manifestEntry = zip.getEntry(MANIFEST);
      if (manifestEntry == null) throw new IllegalStateException(file + " is not a backup of this database: it has no " + MANIFEST);
      Contents contents = readManifest(zip, manifestEntry, file);
      if (!tables(connection).isEmpty()) {
        throw new IllegalStateException("the database to restore into must be empty, and it holds tables already");
      }
      Flyway.configure().dataSource(jdbcUrl, null, null).locations(Database.MIGRATIONS).target(contents.schemaVersion()).load().migrate();
      connection.setAutoCommit(false);
      CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
      List<String> tables = tables(connection);
      if (!Set.copyOf(tables).equals(contents.rows().keySet())) {
        throw new IllegalStateException(file + " holds the tables " + contents.rows().keySet() + ", the schema of version "
            + contents.schemaVersion() + " has " + tables);
      }
      for (String table : tables) {
        ZipEntry entry = zip.getEntry(table + ".copy");
        if (entry == null) throw new IllegalStateException(file + " has no rows for the table " + table);
        long restored = copy.copyIn("COPY " + table + " FROM STDIN", zip.getInputStream(entry));
        if (restored != contents.rows().getOrDefault(table, -1L)) {
          throw new IllegalStateException(file + " holds " + restored + " rows of " + table + ", its manifest says "
              + contents.rows().get(table));
        }
      }
      resumeIdentities(connection);
      connection.commit();
      return contents;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot restore " + file + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the backup " + file, e);
    }
  }

  /**
   * {@link #write} of the embedded database kept in {@code directory}: through the server
   * running on it, or, when none runs, by starting it for the time of the copy.
   */
  public static Contents writeEmbedded(Path directory, Path file) {
    if (!Files.exists(directory.resolve(LocalPostgres.CLUSTER))) {
      throw new IllegalStateException("there is no embedded database in " + directory.toAbsolutePath());
    }
    Optional<String> running = LocalPostgres.runningUrl(directory);
    if (running.isPresent()) return write(running.get(), file);
    try (LocalPostgres postgres = LocalPostgres.start(directory)) {
      return write(postgres.jdbcUrl(), file);
    }
  }

  /**
   * {@link #restore} into a new embedded database kept in {@code directory}, which must hold
   * none yet; when the restore fails, no database is left there.
   */
  public static Contents restoreEmbedded(Path file, Path directory) {
    Path cluster = directory.resolve(LocalPostgres.CLUSTER);
    if (Files.exists(cluster)) {
      throw new IllegalStateException(directory.toAbsolutePath() + " holds a database already: restore into a new directory");
    }
    boolean restored = false;
    try (LocalPostgres postgres = LocalPostgres.start(directory)) {
      Contents contents = restore(file, postgres.jdbcUrl());
      restored = true;
      return contents;
    } finally {
      if (!restored) deleteQuietly(cluster);
    }
  }

  private static void deleteQuietly(Path cluster) {
    try {
      LocalPostgres.deleteTree(cluster);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the database left by a failed restore in " + cluster, e);
    }
  }

  private static String schemaVersion(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(
        "SELECT version FROM " + HISTORY + " WHERE success AND version IS NOT NULL ORDER BY installed_rank DESC LIMIT 1")) {
      if (!result.next()) throw new IllegalStateException("the database has no schema to back up");
      return result.getString(1);
    }
  }

  /** The cooperative's tables, each after the tables it refers to, so rows load in that order. */
  private static List<String> tables(Connection connection) throws SQLException {
    Map<String, Set<String>> referenced = new LinkedHashMap<>();
    try (Statement statement = connection.createStatement()) {
      try (ResultSet result = statement.executeQuery("SELECT table_name FROM information_schema.tables"
          + " WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '" + HISTORY + "' ORDER BY table_name")) {
        while (result.next()) referenced.put(result.getString(1), new LinkedHashSet<>());
      }
      try (ResultSet result = statement.executeQuery("SELECT child.relname, parent.relname FROM pg_constraint c"
          + " JOIN pg_class child ON child.oid = c.conrelid JOIN pg_class parent ON parent.oid = c.confrelid"
          + " WHERE c.contype = 'f' AND c.connamespace = current_schema()::regnamespace")) {
        while (result.next()) {
          if (!result.getString(1).equals(result.getString(2))) referenced.get(result.getString(1)).add(result.getString(2));
        }
      }
    }
    List<String> ordered = new ArrayList<>();
    while (ordered.size() < referenced.size()) {
      int before = ordered.size();
      referenced.forEach((table, parents) -> {
        if (!ordered.contains(table) && ordered.containsAll(parents)) ordered.add(table);
      });
      if (ordered.size() == before) throw new IllegalStateException("the tables refer to each other in a circle: " + referenced);
    }
    return ordered;
  }

  /** Identity columns go on from the highest value restored, as they would have in the original. */
  private static void resumeIdentities(Connection connection) throws SQLException {
    List<String[]> identities = new ArrayList<>();
    try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(
        "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = current_schema() AND is_identity = 'YES'")) {
      while (result.next()) identities.add(new String[] {result.getString(1), result.getString(2)});
    }
    try (Statement statement = connection.createStatement()) {
      for (String[] identity : identities) {
        statement.execute("SELECT setval(pg_get_serial_sequence('" + identity[0] + "', '" + identity[1] + "'), "
            + "COALESCE((SELECT max(" + identity[1] + ") FROM " + identity[0] + "), 0) + 1, false)");
      }
    }
  }

  private static String manifest(String version, Map<String, Long> rows) {
    StringBuilder text = new StringBuilder(FORMAT).append('\n').append("schema ").append(version).append('\n');
    rows.forEach((table, count) -> text.append("table ").append(table).append(' ').append(count).append('\n'));
    return text.toString();
  }

  private static Contents readManifest(ZipFile zip, ZipEntry entry, Path file) throws IOException {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8))) {
      if (!FORMAT.equals(reader.readLine())) throw new IllegalStateException(file + " is not a backup in the format " + FORMAT);
      String version = null;
      Map<String, Long> rows = new LinkedHashMap<>();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String[] words = line.split(" ");
        if (words.length == 2 && words[0].equals("schema")) version = words[1];
        else if (words.length == 3 && words[0].equals("table")) rows.put(words[1], Long.parseLong(words[2]));
        else throw new IllegalStateException(file + " has a manifest line not understood: " + line);
      }
      if (version == null) throw new IllegalStateException(file + " does not say its schema version");
      return new Contents(version, rows);
    }
  }

  /** The zip stream stays open across the tables the copy API writes into it. */
  private static OutputStream unclosable(OutputStream out) {
    return new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        out.write(b);
      }

      @Override
      public void write(byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
      }
    };
  }
}
