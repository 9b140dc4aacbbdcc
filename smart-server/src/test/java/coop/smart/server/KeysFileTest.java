package coop.smart.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.access.ApiKey;
import coop.smart.core.access.KeyScope;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.operation.Role;
import coop.smart.persistence.Database;
import coop.smart.persistence.TestDatabases;
import coop.smart.server.security.ApiKeys;
import coop.smart.server.security.Sha256;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keys file of an older version, imported into the database once, as it was written. */
class KeysFileTest {

  private static final String ADMIN = "smart_0123456789ab_" + "a".repeat(43);
  private static final String ADVISOR = "smart_abcdef012345_" + "b".repeat(43);

  @TempDir
  Path dataDir;

  private Database database;
  private ApiKeys keys;

  @BeforeEach
  void open() {
    database = TestDatabases.fresh();
    keys = ApiKeys.in(database, Clock.systemUTC());
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void aFileOfKeys_isImported_andRenamedForItsOwnerAlone_andImportingItAgainChangesNothing() throws Exception {
    Path file = write(dataDir.resolve(KeysFile.NAME), "# id | sha256 | entity | role | member | label | scope",
        "0123456789ab | " + Sha256.hex(ADMIN) + " | BE | ADMIN | - | SMart Belgium's administrator | COOPERATIVE",
        "",
        "abcdef012345 | " + Sha256.hex(ADVISOR) + " | BE | ADVISOR | - | laptop / Lena's Mac ✓ | ENTITY");
    Files.createFile(dataDir.resolve(KeysFile.NAME + ".lock"));

    new KeysFile().importInto(keys, dataDir);

    assertThat(keys.authenticate(ADMIN)).hasValueSatisfying(caller -> assertThat(caller.administersKeysOf(EntityCode.of("IT"))).isTrue());
    assertThat(keys.authenticate(ADVISOR)).hasValueSatisfying(caller -> assertThat(caller.role()).isEqualTo(Role.ADVISOR));
    List<ApiKey> imported = keys.all();
    assertThat(imported).extracting(ApiKey::label).containsExactly("SMart Belgium's administrator", "laptop / Lena's Mac ✓");
    assertThat(file).doesNotExist();
    assertThat(dataDir.resolve(KeysFile.NAME + ".lock")).as("the lock of the writers of the file").doesNotExist();
    Path renamed = dataDir.resolve("api-keys.txt.imported");
    assertThat(Files.getPosixFilePermissions(renamed)).containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

    Files.copy(renamed, file);
    keys.revoke(EntityCode.of("BE"), "abcdef012345", "0123456789ab");
    keys.issue(EntityCode.of("BE"), Role.ADVISOR, null, "issued since");
    new KeysFile().importInto(keys, dataDir);

    assertThat(keys.all()).hasSize(3).filteredOn(key -> key.id().equals("0123456789ab")).containsExactly(imported.get(0));
    assertThat(keys.byId("abcdef012345")).as("a key the database does not hold, imported again").isPresent();
    assertThat(file).doesNotExist();
  }

  @Test
  void aLineWrittenBeforeScopesExisted_isAKeyOfItsEntityAlone() throws Exception {
    Path file = write(dataDir.resolve("keys.txt"), "# id | sha256 | entity | role | member | label",
        "0123456789ab | " + Sha256.hex(ADMIN) + " | BE | ADMIN | - | first administrator");
    KeysFile named = new KeysFile();
    named.file = file;

    named.importInto(keys, dataDir);

    assertThat(keys.authenticate(ADMIN)).hasValueSatisfying(caller -> {
      assertThat(caller.entity()).isEqualTo(EntityCode.of("BE"));
      assertThat(caller.scope()).isEqualTo(KeyScope.ENTITY);
      assertThat(caller.administersKeysOf(EntityCode.of("FR"))).isFalse();
    });
    assertThat(KeysFile.imported(file)).exists();
  }

  @Test
  void aFileWithAMalformedLine_importsNothing_namesTheLine_andStaysToBeMended() throws Exception {
    Path file = write(dataDir.resolve(KeysFile.NAME), "# id | sha256 | entity | role | member | label | scope",
        "0123456789ab | " + Sha256.hex(ADMIN) + " | BE | ADMIN | - | first administrator | ENTITY",
        "abcdef012345 | " + Sha256.hex(ADVISOR) + " | FR | ADVISOR | - | laptop | COOPERATIVE");

    assertThatThrownBy(() -> new KeysFile().importInto(keys, dataDir)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(file + " line 3: only an ADMIN key administers the cooperative");
    assertThat(keys.all()).isEmpty();
    assertThat(file).exists();
  }

  @Test
  void aFileWhoseKeysTheDatabaseRefuses_importsNone() throws Exception {
    write(dataDir.resolve(KeysFile.NAME),
        "0123456789ab | " + Sha256.hex(ADMIN) + " | BE | ADMIN | - | first administrator | ENTITY",
        "abcdef012345 | " + Sha256.hex(ADVISOR) + " | BE | MEMBER | 6f1c1b8e-0000-4000-8000-000000000000 | a member no longer stored | ENTITY");

    assertThatThrownBy(() -> new KeysFile().importInto(keys, dataDir)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("cannot import the API keys of " + dataDir.resolve(KeysFile.NAME));
    assertThat(keys.all()).isEmpty();
  }

  private static Path write(Path file, String... lines) throws Exception {
    return Files.write(file, List.of(lines));
  }
}
