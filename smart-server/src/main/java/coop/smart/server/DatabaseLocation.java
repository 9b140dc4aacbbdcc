package coop.smart.server;

import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where the server's database is, said the same way to the server and to its backup commands. */
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
}
