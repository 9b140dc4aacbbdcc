package coop.smart.server;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the API keys are kept, said the same way to the server and to its keys commands. */
final class KeysFile {

  /** The keys file when {@code --keys-file} names none: in the data directory. */
  static final String NAME = "api-keys.txt";

  @Option(names = "--keys-file", paramLabel = "FILE", description = "File of the API keys, kept hashed (env SMART_KEYS_FILE; default "
      + NAME + " in the data directory).")
  Path file;

  /** The file named, or the one in {@code dataDir}. */
  Path in(Path dataDir) {
    return file != null ? file : dataDir.resolve(NAME);
  }
}
