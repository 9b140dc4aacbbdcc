package coop.smart.server;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The server's data directory, said the same way to the server and to each of its commands. */
final class DataDirectory {

  @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "./data",
      description = "Directory of the embedded database and of what a first start leaves for its owner (env SMART_DATA_DIR; default ${DEFAULT-VALUE}).")
  Path dataDir;
}
