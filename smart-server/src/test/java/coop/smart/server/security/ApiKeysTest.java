package coop.smart.server.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.access.ApiKey;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.operation.Role;
import coop.smart.server.ServersOnOneDatabase;
import io.javalin.http.UnauthorizedResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The keys as the servers keep them, in the database they share, each server with a pool of its
 * own: a key issued or revoked by one server is accepted or refused by the others at once, the
 * rules of revoking hold across servers, and servers starting at once issue one first key. The
 * rules hold alike for the keys an embedder keeps in memory.
 */
class ApiKeysTest {

  private static final EntityCode BE = EntityCode.of("BE");

  /** Where a test's keys are kept. */
  enum Kept { IN_MEMORY, IN_THE_DATABASE }

  private ServersOnOneDatabase shared;

  @BeforeEach
  void open() {
    shared = new ServersOnOneDatabase();
  }

  @AfterEach
  void close() {
    shared.close();
  }

  /** The keys as one more server of the shared database keeps them. */
  private ApiKeys server() {
    return ApiKeys.in(shared.connect(), Clock.systemUTC());
  }

  private ApiKeys keys(Kept kept) {
    return kept == Kept.IN_MEMORY ? ApiKeys.inMemory() : server();
  }

  @Test
  void keysIssuedWithAnyAcceptedLabel_areReadBackByAnotherServer() {
    ApiKeys.Issued issued = server().issue(BE, Role.ADVISOR, null, " laptop | Lena's Mac ✓ ");

    ApiKeys other = server();
    assertThat(other.authenticate(issued.secret())).hasValueSatisfying(caller -> assertThat(caller.role()).isEqualTo(Role.ADVISOR));
    assertThat(other.of(BE)).singleElement().satisfies(key -> assertThat(key.label()).isEqualTo("laptop | Lena's Mac ✓"));
  }

  @ParameterizedTest
  @EnumSource(Kept.class)
  void theLastAdminKeyOfAnEntity_isNeverRevoked_andARevokedKeyRevokesNothing(Kept kept) {
    ApiKeys keys = keys(kept);
    ApiKeys.Issued belgian = keys.issue(BE, Role.ADMIN, null, "Belgian administrator");
    ApiKeys.Issued french = keys.issue(EntityCode.of("FR"), Role.ADMIN, null, "French administrator");
    ApiKeys.Issued advisor = keys.issue(BE, Role.ADVISOR, null, "advisor");

    assertThatThrownBy(() -> keys.revoke(BE, belgian.key().id(), french.key().id()))
        .isInstanceOf(BusinessRuleException.class).hasMessageContaining("last ADMIN key of BE");
    assertThat(keys.revoke(BE, advisor.key().id(), belgian.key().id())).isTrue();
    assertThatThrownBy(() -> keys.revoke(BE, belgian.key().id(), advisor.key().id())).isInstanceOf(UnauthorizedResponse.class);
    assertThat(keys.revoke(BE, french.key().id(), belgian.key().id())).as("another entity's key").isFalse();
    assertThat(keys.of(BE)).extracting(ApiKey::id).containsExactly(belgian.key().id());
    assertThat(keys.all()).extracting(ApiKey::id).containsExactlyInAnyOrder(belgian.key().id(), french.key().id());
  }

  @ParameterizedTest
  @EnumSource(Kept.class)
  void aLabelWithALineBreak_isRefused_andNothingIsStored(Kept kept) {
    ApiKeys keys = keys(kept);
    keys.issue(BE, Role.ADMIN, null, "first administrator");

    assertThatThrownBy(() -> keys.issue(BE, Role.ADVISOR, null, "laptop\nx")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("label must not hold control characters");
    assertThatThrownBy(() -> keys.issue(BE, Role.ADVISOR, null, "x".repeat(201))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("label must be at most 200 characters");
    assertThat(keys.of(BE)).hasSize(1);
  }

  @Test
  void keysIssuedByTwoServersAtOnce_areAllKept_andEachAcceptsTheOthers() {
    ApiKeys server = server();
    ApiKeys command = server();
    List<CompletableFuture<ApiKeys.Issued>> issuing = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      issuing.add(CompletableFuture.supplyAsync(() -> server.issue(BE, Role.ADVISOR, null, "by the server")));
      issuing.add(CompletableFuture.supplyAsync(() -> command.issue(EntityCode.of("FR"), Role.ADMIN, null, "by the command")));
    }
    List<ApiKeys.Issued> issued = issuing.stream().map(CompletableFuture::join).toList();

    assertThat(server().all()).hasSize(40);
    issued.forEach(key -> {
      assertThat(server.authenticate(key.secret())).as(key.key().label()).isPresent();
      assertThat(command.authenticate(key.secret())).as(key.key().label()).isPresent();
    });
  }

  /** Nothing is kept by a server between requests: a key one revokes is refused by the other at its next request. */
  @Test
  void aKeyRevokedByOneServer_isRefusedByTheOtherAtOnce() {
    ApiKeys one = server();
    ApiKeys other = server();
    ApiKeys.Issued admin = one.issue(BE, Role.ADMIN, null, "the entity's administrator");
    ApiKeys.Issued advisor = one.issue(BE, Role.ADVISOR, null, "an advisor");
    assertThat(other.authenticate(advisor.secret())).isPresent();

    assertThat(one.revoke(BE, advisor.key().id(), admin.key().id())).isTrue();

    assertThat(other.authenticate(advisor.secret())).isEmpty();
    assertThat(one.authenticate(advisor.secret())).isEmpty();
    assertThat(other.authenticate(admin.secret())).isPresent();
  }

  @Test
  void twoAdminKeysRevokingEachOtherOnTwoServersAtOnce_leaveTheirEntityOne() {
    ApiKeys one = server();
    ApiKeys other = server();
    for (char letter = 'A'; letter <= 'J'; letter++) {
      EntityCode entity = EntityCode.of("X" + letter);
      ApiKeys.Issued first = one.issue(entity, Role.ADMIN, null, "first");
      ApiKeys.Issued second = one.issue(entity, Role.ADMIN, null, "second");
      CompletableFuture<Boolean> byFirst = CompletableFuture.supplyAsync(() -> one.revoke(entity, second.key().id(), first.key().id()));
      CompletableFuture<Boolean> bySecond = CompletableFuture.supplyAsync(() -> other.revoke(entity, first.key().id(), second.key().id()));

      List<Object> outcomes = List.of(outcome(byFirst), outcome(bySecond));
      assertThat(outcomes).as(entity.value()).containsExactlyInAnyOrder(true, UnauthorizedResponse.class);
      assertThat(other.of(entity)).as(entity.value()).singleElement().satisfies(key -> assertThat(key.role()).isEqualTo(Role.ADMIN));
    }
  }

  /** Servers started at once on an empty database, each issuing the first key when it finds none. */
  @Test
  void serversStartingAtOnceOnAnEmptyDatabase_issueOneFirstKey() throws Exception {
    List<ApiKeys> starting = List.of(server(), server(), server(), server());
    List<ApiKeys.Issued> issued = ServersOnOneDatabase.atOnce(starting.stream()
        .<Callable<Optional<ApiKeys.Issued>>>map(keys -> () -> keys.issueFirst(BE, "first administrator")).toList())
        .stream().flatMap(Optional::stream).toList();
    assertThat(issued).hasSize(1);
    assertThat(server().all()).singleElement().satisfies(key -> {
      assertThat(key.id()).isEqualTo(issued.get(0).key().id());
      assertThat(key.role()).isEqualTo(Role.ADMIN);
    });
    assertThat(starting.get(0).authenticate(issued.get(0).secret())).isPresent();
    assertThat(starting.get(1).issueFirst(BE, "first administrator")).as("a later start").isEmpty();
  }

  /** True when the revocation succeeded, else the class of what it threw. */
  private static Object outcome(CompletableFuture<Boolean> revocation) {
    try {
      return revocation.join();
    } catch (CompletionException e) {
      return e.getCause().getClass();
    }
  }
}
