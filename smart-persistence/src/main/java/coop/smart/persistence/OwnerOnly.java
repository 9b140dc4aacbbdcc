package coop.smart.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Files and directories only their owner may read: the data directory, the database's log and
 * backups, the first administrator's key and the API keys file imported from an older version.
 * Where the file system has no POSIX permissions they are left as the system makes them.
 */
public final class OwnerOnly {

  private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private OwnerOnly() {
  }

  /** Creates {@code directory} if needed, readable and writable by its owner only (0700). */
  public static Path directory(Path directory) {
    try {
      Files.createDirectories(directory);
      if (POSIX) Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwx------"));
      return directory;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the directory " + directory, e);
    }
  }

  /** Makes {@code file} readable and writable by its owner only (0600). */
  public static Path file(Path file) {
    try {
      if (POSIX) Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot restrict " + file + " to its owner", e);
    }
  }
}
