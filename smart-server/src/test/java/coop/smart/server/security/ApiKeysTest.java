package coop.smart.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.entity.EntityCode;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.operation.Role;
import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The keys file survives every label a key can be issued with, refuses the ones that would break
 * it, keeps reading the files written before, and loses no key two processes issue at once.
 */
class ApiKeysTest {

  private static final EntityCode BE = EntityCode.of("BE");

  @Test
  void keysIssuedWithAnyAcceptedLabel_areReadBackByTheNextStart(@TempDir Path directory) {
    Path file = directory.resolve("api-keys.txt");
    ApiKeys keys = ApiKeys.file(file);
    ApiKeys.Issued issued = keys.issue(BE, Role.ADVISOR, null, " laptop | Lena's Mac ✓ ");

    ApiKeys restarted = ApiKeys.file(file);
    assertThat(restarted.authenticate(issued.secret())).hasValueSatisfying(caller -> assertThat(caller.role()).isEqualTo(Role.ADVISOR));
    assertThat(restarted.of(BE)).singleElement().satisfies(key -> assertThat(key.label()).isEqualTo("laptop / Lena's Mac ✓"));
  }

  @Test
  void theLastAdminKeyOfAnEntity_isNeverRevoked_andARevokedKeyRevokesNothing() {
    ApiKeys keys = ApiKeys.inMemory();
    ApiKeys.Issued belgian = keys.issue(BE, Role.ADMIN, null, "Belgian administrator");
    ApiKeys.Issued french = keys.issue(EntityCode.of("FR"), Role.ADMIN, null, "French administrator");
    ApiKeys.Issued advisor = keys.issue(BE, Role.ADVISOR, null, "advisor");

    assertThatThrownBy(() -> keys.revoke(BE, belgian.key().id(), french.key().id()))
        .isInstanceOf(BusinessRuleException.class).hasMessageContaining("last ADMIN key of BE");
    assertThat(keys.revoke(BE, advisor.key().id(), belgian.key().id())).isTrue();
    assertThatThrownBy(() -> keys.revoke(BE, belgian.key().id(), advisor.key().id())).isInstanceOf(UnauthorizedResponse.class);
    assertThat(keys.of(BE)).extracting(ApiKey::id).containsExactly(belgian.key().id());
  }

  @Test
  void aLabelWithALineBreak_isRefused_andTheFileIsLeftAsItWas(@TempDir Path directory) throws Exception {
    Path file = directory.resolve("api-keys.txt");
    ApiKeys keys = ApiKeys.file(file);
    keys.issue(BE, Role.ADMIN, null, "first administrator");
    String before = Files.readString(file);

    assertThatThrownBy(() -> keys.issue(BE, Role.ADVISOR, null, "laptop\nx")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("control characters");
    assertThat(Files.readString(file)).isEqualTo(before);
    assertThat(ApiKeys.file(file).of(BE)).hasSize(1);
  }

  @Test
  void aLineWrittenBeforeScopesExisted_isAKeyOfItsEntityAlone(@TempDir Path directory) throws Exception {
    String secret = "smart_0123456789ab_" + "x".repeat(43);
    String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    Path file = Files.writeString(directory.resolve("api-keys.txt"),
        "# id | sha256 | entity | role | member | label\n0123456789ab | " + hash + " | BE | ADMIN | - | first administrator\n");

    assertThat(ApiKeys.file(file).authenticate(secret)).hasValueSatisfying(caller -> {
      assertThat(caller.entity()).isEqualTo(BE);
      assertThat(caller.scope()).isEqualTo(KeyScope.ENTITY);
      assertThat(caller.administersKeysOf(EntityCode.of("FR"))).isFalse();
    });
  }

  @Test
  void keysIssuedByTwoProcessesAtOnce_areAllKept_andEachAcceptsTheOthersWithoutRestarting(@TempDir Path directory) {
    Path file = directory.resolve("api-keys.txt");
    ApiKeys server = ApiKeys.file(file);
    ApiKeys command = ApiKeys.file(file);
    List<CompletableFuture<ApiKeys.Issued>> issuing = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      issuing.add(CompletableFuture.supplyAsync(() -> server.issue(BE, Role.ADVISOR, null, "by the server")));
      issuing.add(CompletableFuture.supplyAsync(() -> command.issue(EntityCode.of("FR"), Role.ADMIN, null, "by the command")));
    }
    List<ApiKeys.Issued> issued = issuing.stream().map(CompletableFuture::join).toList();

    assertThat(ApiKeys.file(file).all()).hasSize(40);
    issued.forEach(key -> {
      assertThat(server.authenticate(key.secret())).as(key.key().label()).isPresent();
      assertThat(command.authenticate(key.secret())).as(key.key().label()).isPresent();
    });
  }

  /** Two servers sharing the file: a key one revokes is refused by the other at its next request, not at its restart. */
  @Test
  void aKeyRevokedByOneProcess_isRefusedByTheOtherAtOnce(@TempDir Path directory) {
    Path file = directory.resolve("api-keys.txt");
    ApiKeys one = ApiKeys.file(file);
    ApiKeys other = ApiKeys.file(file);
    ApiKeys.Issued admin = one.issue(BE, Role.ADMIN, null, "the entity's administrator");
    ApiKeys.Issued advisor = one.issue(BE, Role.ADVISOR, null, "an advisor");
    assertThat(other.authenticate(advisor.secret())).isPresent();

    assertThat(one.revoke(BE, advisor.key().id(), admin.key().id())).isTrue();

    assertThat(other.authenticate(advisor.secret())).isEmpty();
    assertThat(one.authenticate(advisor.secret())).isEmpty();
  }
}
