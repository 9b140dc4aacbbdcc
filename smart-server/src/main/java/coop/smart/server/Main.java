package coop.smart.server;

import coop.smart.core.entity.EntityCode;
import coop.smart.persistence.Database;
import coop.smart.persistence.OwnerOnly;
import coop.smart.server.ops.VersionController;
import coop.smart.server.security.ApiKeys;
import coop.smart.server.web.People;
import io.javalin.Javalin;
import io.javalin.util.JavalinBindException;
import java.io.Console;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Runs the server: {@code java -jar smart-server.jar [--port 7070] ...}. Every option can also
 * be given as an environment variable, {@code SMART_} and its name ({@code SMART_PORT}); the
 * option wins when both are set.
 */
@Command(name = "smart-server", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Runs the SMart reference HTTP server (API at /api/v1, docs at /docs).",
    versionProvider = Main.Version.class,
    subcommands = {BackupCommands.BackupCommand.class, BackupCommands.RestoreCommand.class, KeysCommands.class, BooksCommands.Group.class,
        BooksCommands.BankGroup.class})
public final class Main implements Callable<Integer> {

  /** Logging as JSON lines unless the operator names another logback configuration. */
  private static final String LOGBACK_PROPERTY = "logback.configurationFile";
  /** Where those lines go, as logback's console names it: the standard output unless set. */
  private static final String LOG_TARGET_PROPERTY = "smart.log.target";
  /** Where a first start leaves the administrator key it created, for its owner only. */
  static final String FIRST_KEY_FILE = "first-admin-key.txt";
  /** Where a first start leaves the link that invites the first administrator to the pages. */
  static final String FIRST_INVITATION_FILE = "first-admin-invitation.txt";
  /** The entity of the administrator key made on a first start. */
  static final EntityCode DEFAULT_ENTITY = EntityCode.of("BE");

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "7070",
      description = "HTTP port, 0 for any free one (env SMART_PORT; default ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "Address to listen on, 0.0.0.0 for every interface, e.g. in a container (env SMART_HOST; default ${DEFAULT-VALUE}).")
  String host;

  @Mixin
  DatabaseLocation location;

  @Mixin
  KeysFile keysFile;

  @Spec
  CommandLine.Model.CommandSpec spec;

  private final Dependencies dependencies;
  private Javalin server;
  private Thread stopping;

  Main(Dependencies dependencies) {
    this.dependencies = dependencies;
  }

  public static void main(String[] args) {
    if (System.getProperty(LOGBACK_PROPERTY) == null) System.setProperty(LOGBACK_PROPERTY, "coop/smart/server/logback.xml");
    // A command prints its result (a key, a journal) on the standard output, which scripts read: its logs go to the standard error.
    if (runsACommand(args)) System.setProperty(LOG_TARGET_PROPERTY, "System.err");
    int exit = command(new Main(Dependencies.standard()), System.getenv(), new PrintWriter(System.out, true),
        new PrintWriter(System.err, true)).execute(args);
    // Once started, the server's threads keep the process alive until it is stopped.
    if (exit != 0) System.exit(exit);
  }

  /** Whether {@code args} run one of the commands rather than the server: they start with its name, as its options follow it. */
  private static boolean runsACommand(String[] args) {
    return args.length > 0 && Arrays.stream(Main.class.getAnnotation(Command.class).subcommands())
        .anyMatch(command -> command.getAnnotation(Command.class).name().equals(args[0]));
  }

  /** The command line of {@code main}, its defaults read from {@code environment}. */
  static CommandLine command(Main main, Map<String, String> environment, PrintWriter out, PrintWriter err) {
    CommandLine command = new CommandLine(main);
    command.setDefaultValueProvider(new Environment(environment));
    command.setOut(out);
    command.setErr(err);
    command.setExecutionExceptionHandler((e, failed, parsed) -> {
      failed.getErr().println(failed.getCommandSpec().qualifiedName() + ": " + e.getMessage());
      return 1;
    });
    return command;
  }

  @Override
  public Integer call() {
    ServerSettings settings;
    try {
      settings = new ServerSettings(port, location.databaseUrl, location.dataDir(), keysFile.file);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    Database database;
    try {
      OwnerOnly.directory(settings.dataDir());
      database = Database.open(settings.databaseUrl(), settings.dataDir());
    } catch (RuntimeException e) {
      spec.commandLine().getErr().println("smart-server: " + e.getMessage());
      return 1;
    }
    ApiKeys keys = ApiKeys.in(database, dependencies.clock());
    try {
      keysFile.importInto(keys, settings.dataDir());
    } catch (RuntimeException e) {
      database.close();
      spec.commandLine().getErr().println("smart-server: " + e.getMessage());
      return 1;
    }
    Javalin app = SmartServer.create(dependencies.withDatabase(database).withKeys(keys));
    try {
      app.start(host, settings.port());
    } catch (JavalinBindException e) {
      database.close();
      spec.commandLine().getErr().println("smart-server: cannot listen on " + host + " port " + settings.port()
          + ": it is in use by another process, or not an address of this machine (choose another with --port/--host)");
      return 1;
    }
    // Only once the port is ours: a start that fails leaves no key nobody saw.
    keys.issueFirst(DEFAULT_ENTITY, "first administrator").ifPresent(issued -> announce(issued, settings.dataDir()));
    People people = new People(database, dependencies.clock());
    people.inviteFirstAdministrator(DEFAULT_ENTITY).ifPresent(invited -> invite(invited, host, app.port(), settings.dataDir()));
    server = app;
    stopping = new Thread(() -> {
      app.stop();
      database.close();
    }, "smart-server-stop");
    Runtime.getRuntime().addShutdownHook(stopping);
    spec.commandLine().getOut().println("smart-server listening on http://" + shown(host) + ":" + app.port() + " (API docs at /docs)");
    return 0;
  }

  /**
   * Hands a first start's administrator key to whoever runs the server, the one time it exists
   * in clear: in a file only its owner may read, and on the terminal when there is one, never in
   * the output, where logs are collected.
   */
  private void announce(ApiKeys.Issued issued, Path dataDir) {
    Path file = dataDir.resolve(FIRST_KEY_FILE);
    try {
      Files.writeString(file, issued.secret() + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
          StandardOpenOption.WRITE);
      OwnerOnly.file(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the first administrator key to " + file, e);
    }
    spec.commandLine().getOut().println("smart-server: the database held no API key, so an ADMIN key of " + DEFAULT_ENTITY + " was created;"
        + " only its hash is kept, in the database, and its secret is in " + file + ", readable by this user only:"
        + " keep it elsewhere and delete the file");
    Console console = System.console();
    if (console != null) console.printf("  %s%n", issued.secret());
  }

  /**
   * Hands a first start's invitation of the first administrator, who signs in to the pages with
   * it, to whoever runs the server, as the first key is: in a file only its owner may read.
   */
  private void invite(People.Invited invited, String host, int port, Path dataDir) {
    String link = "http://" + shown(host) + ":" + port + "/" + DEFAULT_ENTITY.value().toLowerCase(Locale.ROOT) + "/invitations/" + invited.token();
    Path file = dataDir.resolve(FIRST_INVITATION_FILE);
    try {
      Files.writeString(file, link + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      OwnerOnly.file(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the first administrator's invitation to " + file, e);
    }
    spec.commandLine().getOut().println("smart-server: nobody signs in to the pages yet, so the first administrator of " + DEFAULT_ENTITY
        + " is invited: open the link in " + file + " (readable by this user only) within " + People.INVITATION.toDays()
        + " days to choose an e-mail and password, then delete the file");
  }

  /** How a browser on this machine reaches the server listening on {@code host}. */
  private static String shown(String host) {
    return host.equals("0.0.0.0") ? "localhost" : host;
  }

  /** The running server, once {@link #call} has started it. */
  Javalin server() {
    return server;
  }

  /** Stops the running server and closes its database, as the process does when it is told to stop. */
  void stop() {
    Runtime.getRuntime().removeShutdownHook(stopping);
    stopping.run();
  }

  /** Reads an option's default from {@code SMART_} and its name, before the built-in default. */
  static final class Environment implements CommandLine.IDefaultValueProvider {

    private final Map<String, String> variables;

    Environment(Map<String, String> variables) {
      this.variables = Map.copyOf(variables);
    }

    static String variable(OptionSpec option) {
      return "SMART_" + option.longestName().substring(2).toUpperCase(Locale.ROOT).replace('-', '_');
    }

    @Override
    public String defaultValue(ArgSpec argument) {
      return argument instanceof OptionSpec option && !option.usageHelp() && !option.versionHelp()
          ? variables.get(variable(option)) : null;
    }
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {VersionController.NAME + " " + VersionController.VERSION};
    }
  }
}
