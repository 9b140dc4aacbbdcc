package coop.smart.server;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How the server is run, checked before anything starts so a mistake stops it at once with a
 * message naming the setting.
 *
 * @param databaseUrl the JDBC URL of a PostgreSQL server, or null for the embedded PostgreSQL
 *     kept in {@code dataDir}
 * @param keysFile the API keys file of an older version to import, or null for the one in {@code dataDir}, if any
 */
public record ServerSettings(int port, String databaseUrl, Path dataDir, Path keysFile) {

  public ServerSettings {
    if (port < 0 || port > 65_535) throw new IllegalArgumentException("--port must be between 0 and 65535: " + port);
    if (dataDir == null) throw new IllegalArgumentException("--data-dir is required");
    if (Files.exists(dataDir) && !Files.isDirectory(dataDir)) {
      throw new IllegalArgumentException("--data-dir must be a directory: " + dataDir + " is a file");
    }
    if (databaseUrl != null && databaseUrl.isBlank()) databaseUrl = null;
    if (databaseUrl != null && !databaseUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("--db-url must be a PostgreSQL JDBC URL (jdbc:postgresql://...): " + databaseUrl);
    }
    KeysFile.check(keysFile);
  }
}
