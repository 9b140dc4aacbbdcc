package coop.smart.server;

import coop.smart.core.access.ApiKey;
import coop.smart.core.access.KeyScope;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.error.ConflictException;
import coop.smart.core.error.NotFoundException;
import coop.smart.core.member.MemberId;
import coop.smart.core.operation.Role;
import coop.smart.persistence.OwnerOnly;
import coop.smart.server.security.ApiKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

/**
 * The file the API keys were kept in before the database kept them, one line per key:
 * {@code id | sha256 | entity | role | member or - | label | scope}, a line without a scope being
 * an entity's key. The first server or keys command started on one imports its keys into the
 * database and renames it {@code api-keys.txt.imported}, so no later start reads it again.
 */
final class KeysFile {

  private static final Logger LOG = LoggerFactory.getLogger(KeysFile.class);

  /** The keys file when {@code --keys-file} names none: in the data directory. */
  static final String NAME = "api-keys.txt";

  @Option(names = "--keys-file", paramLabel = "FILE", description = "The API keys file of an older version, whose keys are imported into the"
      + " database once (env SMART_KEYS_FILE; default " + NAME + " in the data directory, when there).")
  Path file;

  /** The file named, or the one in {@code dataDir}. */
  private Path in(Path dataDir) {
    return file != null ? file : dataDir.resolve(NAME);
  }

  /** What {@code file} is renamed once its keys are in the database. */
  static Path imported(Path file) {
    return file.resolveSibling(file.getFileName() + ".imported");
  }

  /**
   * Refuses a {@code --keys-file} that is neither there to import nor imported already: a
   * mistyped name would otherwise leave its keys out of the database unnoticed.
   *
   * @throws IllegalArgumentException naming the option and the file
   */
  static void check(Path named) {
    if (named == null || Files.isRegularFile(imported(named))) return;
    if (!(Files.isRegularFile(named) && Files.isReadable(named))) {
      throw new IllegalArgumentException("--keys-file must be a readable file, or one imported already: " + named);
    }
  }

  /**
   * Imports the keys of the file, when there is one, into {@code keys}, those whose id is stored
   * already left as they are, and renames it, readable by its owner only as the keys were.
   *
   * @throws IllegalStateException naming the file (and line) of a malformed one, or one whose keys the
   *     database refuses, which is left as it was
   */
  void importInto(ApiKeys keys, Path dataDir) {
    Path source = in(dataDir);
    if (!Files.isRegularFile(source)) return;
    List<ApiKey> read = read(source);
    int added;
    try {
      added = keys.addMissing(read);
    } catch (ConflictException | NotFoundException e) {
      throw new IllegalStateException("cannot import the API keys of " + source + ": " + e.getMessage(), e);
    }
    Path renamed = imported(source);
    try {
      Files.move(source, renamed, StandardCopyOption.ATOMIC_MOVE);
      OwnerOnly.file(renamed);
      Files.deleteIfExists(source.resolveSibling(source.getFileName() + ".lock"));
    } catch (NoSuchFileException e) {
      return; // another server or command, started at once, imported it too and renamed it first
    } catch (IOException e) {
      throw new UncheckedIOException("cannot rename " + source + " to " + renamed + " once its keys are in the database", e);
    }
    LOG.info("imported the API keys of {} into the database ({} new, {} there already); the file is now {}", source, added,
        read.size() - added, renamed);
  }

  private static List<ApiKey> read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the API keys in " + file, e);
    }
    List<ApiKey> keys = new ArrayList<>();
    for (int number = 1; number <= lines.size(); number++) {
      String line = lines.get(number - 1).strip();
      if (!line.isEmpty() && !line.startsWith("#")) keys.add(parse(line, file + " line " + number));
    }
    return keys;
  }

  private static ApiKey parse(String line, String where) {
    String[] fields = line.split("\\|", -1);
    if (fields.length != 6 && fields.length != 7) {
      throw new IllegalStateException(where + ": expected 7 fields (id | sha256 | entity | role | member | label | scope), found " + fields.length);
    }
    try {
      String member = fields[4].strip();
      return new ApiKey(fields[0].strip(), fields[1].strip(), EntityCode.of(fields[2].strip()), Role.valueOf(fields[3].strip()),
          member.equals("-") ? null : MemberId.parse(member), fields[5].strip(),
          fields.length == 6 ? KeyScope.ENTITY : KeyScope.valueOf(fields[6].strip()));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(where + ": " + e.getMessage(), e);
    }
  }
}
