package coop.smart.server;

import coop.smart.core.access.ApiKey;
import coop.smart.core.access.KeyScope;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.error.ValidationException;
import coop.smart.core.operation.Role;
import coop.smart.persistence.Database;
import coop.smart.server.api.Entities;
import coop.smart.server.security.ApiKeys;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code smart-server keys issue} and {@code keys list}: the keys kept from the command line, as
 * the people running the server do to give an entity its first administrator. Both work on the
 * database the server works on, whether it runs or not, so every server of the database accepts a
 * key issued here at once.
 */
@Command(name = "keys", mixinStandardHelpOptions = true, subcommands = {KeysCommands.Issue.class, KeysCommands.ListKeys.class},
    description = "Issues and lists the API keys, whether the server runs or not.")
final class KeysCommands implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "say what to do with the keys: 'keys issue' or 'keys list'");
  }

  /** Where both commands find the keys: the server's database, once the keys of an older version's file are imported into it. */
  static final class Location {

    @Mixin
    DatabaseLocation database;

    @Mixin
    KeysFile keysFile;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** Runs {@code work} on the keys, with the database open for its length. */
    <T> T on(Function<ApiKeys, T> work) {
      try {
        KeysFile.check(keysFile.file);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      try (Database opened = database.openForCommand()) {
        ApiKeys keys = ApiKeys.in(opened, Clock.system(Dependencies.ENTITIES_ZONE));
        keysFile.importInto(keys, database.dataDir());
        return work.apply(keys);
      }
    }
  }

  @Command(name = "issue", mixinStandardHelpOptions = true, sortOptions = false,
      description = "Issues a key of an entity and prints it on the standard output, this once: only its hash is kept.")
  static final class Issue implements Callable<Integer> {

    @Option(names = "--entity", required = true, paramLabel = "CODE", description = "The entity the key is of, e.g. FR.")
    String entity;

    @Option(names = "--role", required = true, paramLabel = "ROLE",
        description = "ADMIN, ADVISOR or INTEGRATOR (a MEMBER key is issued through the API, which checks its member exists).")
    Role role;

    @Option(names = "--label", paramLabel = "TEXT", defaultValue = "issued with smart-server keys issue",
        description = "What the key is for (default: ${DEFAULT-VALUE}).")
    String label;

    @Option(names = "--cooperative",
        description = "A cooperative administrator's key: an ADMIN key that also issues, lists and revokes every entity's keys.")
    boolean cooperative;

    @Mixin
    Location location;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      EntityCode code = entity();
      if (role == Role.MEMBER) refuse("--role MEMBER is issued through the API (POST /api/v1/api-keys), which checks the member exists");
      if (cooperative && role != Role.ADMIN) refuse("--cooperative is for --role ADMIN only, not " + role);
      if (ApiKey.labelFault(label) != null) refuse("--label " + ApiKey.labelFault(label));
      if (label.isBlank()) refuse("--label must say what the key is for");
      ApiKeys.Issued issued = location.on(keys -> keys.issue(code, role, null, label, cooperative ? KeyScope.COOPERATIVE : KeyScope.ENTITY));
      spec.commandLine().getErr().printf("issued %s%s key %s of %s (%s); only its hash is kept, in the database: the key below is shown this once%n",
          cooperative ? "cooperative " : "", role, issued.key().id(), code, issued.key().label());
      spec.commandLine().getOut().println(issued.secret());
      return 0;
    }

    private EntityCode entity() {
      try {
        return new Entities(EntityCatalog.standard()).inBody(entity).code();
      } catch (ValidationException e) {
        throw new ParameterException(spec.commandLine(), "--entity " + String.join("; ", e.errors().get("entity")));
      }
    }

    private void refuse(String message) {
      throw new ParameterException(spec.commandLine(), message);
    }
  }

  @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the keys, never their secrets: id, entity, role, scope, member, label.")
  static final class ListKeys implements Callable<Integer> {

    @Option(names = "--entity", paramLabel = "CODE", description = "Only the keys of this entity.")
    String entity;

    @Mixin
    Location location;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      List<ApiKey> keys = location.on(ApiKeys::all).stream().filter(key -> entity == null || key.entity().value().equals(entity)).toList();
      keys.forEach(key -> spec.commandLine().getOut().println(String.join("  ", key.id(), key.entity().value(), key.role().name(),
          key.scope().name(), key.member() == null ? "-" : key.member().toString(), key.label())));
      return 0;
    }
  }
}
