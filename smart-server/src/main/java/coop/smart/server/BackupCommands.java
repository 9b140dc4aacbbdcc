package coop.smart.server;

import coop.smart.persistence.Backup;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code smart-server backup} and {@code smart-server restore}: the database in one file, and back. */
final class BackupCommands {

  private BackupCommands() {
  }

  /** Where the database is: the embedded one in a data directory, or a PostgreSQL server's URL. */
  abstract static class DatabaseOptions {
    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "./data",
        description = "Directory of the embedded database (env SMART_DATA_DIR; default ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--db-url", paramLabel = "JDBC_URL", description = "PostgreSQL JDBC URL instead of the embedded database (env SMART_DB_URL).")
    String databaseUrl;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    boolean embedded() {
      return databaseUrl == null || databaseUrl.isBlank();
    }

    void report(String done, Backup.Contents contents, Path file) {
      spec.commandLine().getOut().printf("%s %,d rows of %d tables (schema version %s) %s %s%n", done, contents.totalRows(),
          contents.rows().size(), contents.schemaVersion(), done.startsWith("backed") ? "into" : "from", file);
    }
  }

  @Command(name = "backup", mixinStandardHelpOptions = true,
      description = "Copies the database, consistently and while the server runs, into one file.")
  static final class BackupCommand extends DatabaseOptions implements Callable<Integer> {
    @Option(names = "--to", paramLabel = "FILE", required = true, description = "The backup file to write.")
    Path file;

    @Override
    public Integer call() {
      report("backed up", embedded() ? Backup.writeEmbedded(dataDir, file) : Backup.write(databaseUrl, file), file);
      return 0;
    }
  }

  @Command(name = "restore", mixinStandardHelpOptions = true,
      description = "Restores a backup into a new data directory (or an empty PostgreSQL database given by --db-url).")
  static final class RestoreCommand extends DatabaseOptions implements Callable<Integer> {
    @Option(names = "--from", paramLabel = "FILE", required = true, description = "The backup file to restore.")
    Path file;

    @Override
    public Integer call() {
      report("restored", embedded() ? Backup.restoreEmbedded(file, dataDir) : Backup.restore(file, databaseUrl), file);
      return 0;
    }
  }
}
