package coop.smart.server;

import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.error.ValidationException;
import coop.smart.core.operation.Role;
import coop.smart.persistence.OwnerOnly;
import coop.smart.server.api.Entities;
import coop.smart.server.security.ApiKey;
import coop.smart.server.security.ApiKeys;
import coop.smart.server.security.KeyScope;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code smart-server keys issue} and {@code keys list}: the keys file kept from the command line,
 * as the people running the server do to give an entity its first administrator. Safe while the
 * server runs: both write the file under the same lock, and the server reads a key issued here
 * the first time it is used.
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

  /** Where both commands keep the keys: {@code --keys-file}, or the file in {@code --data-dir}. */
  static final class Location {

    @Mixin
    DataDirectory directory;

    @Mixin
    KeysFile keysFile;

    /** The keys, the data directory kept for its owner alone when they are in it. */
    ApiKeys open() {
      if (keysFile.file == null) OwnerOnly.directory(directory.dataDir);
      return ApiKeys.file(keysFile.in(directory.dataDir));
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
      ApiKeys keys = location.open();
      ApiKeys.Issued issued = keys.issue(code, role, null, label, cooperative ? KeyScope.COOPERATIVE : KeyScope.ENTITY);
      spec.commandLine().getErr().printf("issued %s%s key %s of %s (%s); only its hash is kept, in %s: the key below is shown this once%n",
          cooperative ? "cooperative " : "", role, issued.key().id(), code, issued.key().label(), keys.file());
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
      List<ApiKey> keys = location.open().all().stream().filter(key -> entity == null || key.entity().value().equals(entity)).toList();
      keys.forEach(key -> spec.commandLine().getOut().println(String.join("  ", key.id(), key.entity().value(), key.role().name(),
          key.scope().name(), key.member() == null ? "-" : key.member().toString(), key.label())));
      return 0;
    }
  }
}
