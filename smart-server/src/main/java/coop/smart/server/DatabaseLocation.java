package coop.smart.server;

import coop.smart.persistence.Database;
import coop.smart.persistence.LocalPostgres;
import coop.smart.persistence.OwnerOnly;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where the server's database is, said the same way to the server and to its commands. */
final class DatabaseLocation {

  @Option(names = "--db-url", paramLabel = "JDBC_URL",
      description = "PostgreSQL JDBC URL (env SMART_DB_URL; default the embedded PostgreSQL kept in the data directory).")
  String databaseUrl;

  @Mixin
  DataDirectory directory;

  Path dataDir() {
    return directory.dataDir;
  }

  boolean embedded() {
    return databaseUrl == null || databaseUrl.isBlank();
  }

  /**
   * The database, for a command working beside the server: the one at {@code --db-url}, or the
   * embedded one of the data directory, reached where its server runs it, else started for the
   * command in the directory, kept for its owner alone as the server keeps it.
   */
  Database openForCommand() {
    if (!embedded()) return Database.connect(databaseUrl);
    return LocalPostgres.runningUrl(dataDir()).map(Database::connect).orElseGet(() -> Database.embedded(OwnerOnly.directory(dataDir())));
  }
}
