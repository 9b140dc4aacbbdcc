package coop.smart.server;

import coop.smart.persistence.Backup;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code smart-server backup} and {@code smart-server restore}: the database in one file, and back. */
final class BackupCommands {

  private BackupCommands() {
  }

  /** What both commands say of what they did. */
  private static void report(CommandSpec spec, String done, Backup.Contents contents, String preposition, Path file) {
    spec.commandLine().getOut().printf("%s %,d rows of %d tables (schema version %s) %s %s%n", done, contents.totalRows(),
        contents.rows().size(), contents.schemaVersion(), preposition, file);
  }

  @Command(name = "backup", mixinStandardHelpOptions = true,
      description = "Copies the database, consistently and while the server runs, into one file.")
  static final class BackupCommand implements Callable<Integer> {
    @Mixin
    DatabaseLocation location;

    @Option(names = "--to", paramLabel = "FILE", required = true, description = "The backup file to write.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      Backup.Contents contents = location.embedded() ? Backup.writeEmbedded(location.dataDir(), file) : Backup.write(location.databaseUrl, file);
      report(spec, "backed up", contents, "into", file);
      return 0;
    }
  }

  @Command(name = "restore", mixinStandardHelpOptions = true,
      description = "Restores a backup into a new data directory (or an empty PostgreSQL database given by --db-url).")
  static final class RestoreCommand implements Callable<Integer> {
    @Mixin
    DatabaseLocation location;

    @Option(names = "--from", paramLabel = "FILE", required = true, description = "The backup file to restore.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      Backup.Contents contents = location.embedded() ? Backup.restoreEmbedded(file, location.dataDir()) : Backup.restore(file, location.databaseUrl);
      report(spec, "restored", contents, "from", file);
      return 0;
    }
  }
}
