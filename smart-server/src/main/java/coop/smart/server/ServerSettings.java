package coop.smart.server;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How the server is run, checked before anything starts so a mistake stops it at once with a
 * message naming the setting.
 *
 * @param databaseUrl a JDBC URL of H2 or PostgreSQL, or null for the embedded database kept in
 *     {@code dataDir}
 * @param keysFile the API keys, or null when none are configured
 */
public record ServerSettings(int port, String databaseUrl, Path dataDir, Path keysFile) {

  public ServerSettings {
    if (port < 0 || port > 65_535) throw new IllegalArgumentException("--port must be between 0 and 65535: " + port);
    if (dataDir == null) throw new IllegalArgumentException("--data-dir is required");
    if (Files.exists(dataDir) && !Files.isDirectory(dataDir)) {
      throw new IllegalArgumentException("--data-dir must be a directory: " + dataDir + " is a file");
    }
    if (databaseUrl != null && databaseUrl.isBlank()) databaseUrl = null;
    if (databaseUrl != null && !databaseUrl.startsWith("jdbc:h2:") && !databaseUrl.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("--db-url must be an H2 (jdbc:h2:...) or PostgreSQL (jdbc:postgresql://...) JDBC URL: "
          + databaseUrl);
    }
    if (keysFile != null && !(Files.isRegularFile(keysFile) && Files.isReadable(keysFile))) {
      throw new IllegalArgumentException("--keys-file must be a readable file: " + keysFile);
    }
  }
}
