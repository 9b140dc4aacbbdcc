package coop.smart.persistence;

import static coop.smart.persistence.Fixtures.BE;
import static coop.smart.persistence.Fixtures.FR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.access.ApiKey;
import coop.smart.core.access.KeyScope;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.error.ConflictException;
import coop.smart.core.error.NotFoundException;
import coop.smart.core.member.Member;
import coop.smart.core.operation.Role;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.core.statement.StatementException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The API keys: found by hash, listed by id, changed one change at a time, and the table refuses what a key may not be. */
abstract class ApiKeysContract {

  private static final Instant ISSUED = Instant.parse("2017-07-14T09:00:00Z");

  private Database database;
  private JdbiApiKeys keys;

  @BeforeEach
  void open(Database database) {
    this.database = database;
    this.keys = new JdbiApiKeys(database);
  }

  @Test
  void aKeyAdded_isFoundByItsHashAndId_andListedWithItsEntitysById() {
    ApiKey admin = key("00000000000b", 1, BE, Role.ADMIN, KeyScope.COOPERATIVE);
    ApiKey advisor = key("00000000000a", 2, BE, Role.ADVISOR, KeyScope.ENTITY);
    ApiKey french = key("000000000001", 3, FR, Role.ADMIN, KeyScope.ENTITY);
    keys.change(changes -> {
      List.of(admin, advisor, french).forEach(key -> changes.add(key, ISSUED));
      return null;
    });

    assertThat(keys.byHash(admin.hash())).contains(admin);
    assertThat(keys.byId(advisor.id())).contains(advisor);
    assertThat(keys.byHash(hash(9))).isEmpty();
    assertThat(keys.of(BE)).containsExactly(advisor, admin);
    assertThat(keys.all()).containsExactly(french, advisor, admin);
  }

  @Test
  void aChangeThatThrows_leavesTheKeysAsTheyWere() {
    ApiKey admin = key("000000000001", 1, BE, Role.ADMIN, KeyScope.ENTITY);
    keys.change(changes -> {
      changes.add(admin, ISSUED);
      return null;
    });

    assertThatThrownBy(() -> keys.change(changes -> {
      changes.remove(BE, admin.id());
      changes.add(key("000000000002", 2, BE, Role.ADVISOR, KeyScope.ENTITY), ISSUED);
      assertThat(changes.has(admin.id())).isFalse();
      assertThat(changes.hasAdmin(BE)).isFalse();
      throw new IllegalStateException("refused");
    })).hasMessage("refused");

    assertThat(keys.all()).containsExactly(admin);
    boolean asBefore = keys.change(changes -> changes.hasAdmin(BE) && !changes.hasAdmin(FR) && !changes.isEmpty());
    assertThat(asBefore).isTrue();
  }

  @Test
  void aKeyWhoseIdOrHashIsTaken_orWhoseMemberIsNotStored_isRefused() {
    keys.change(changes -> {
      changes.add(key("000000000001", 1, BE, Role.ADMIN, KeyScope.ENTITY), ISSUED);
      return null;
    });

    assertThatThrownBy(() -> keys.change(changes -> {
      changes.add(key("000000000001", 2, BE, Role.ADVISOR, KeyScope.ENTITY), ISSUED);
      return null;
    })).isInstanceOf(ConflictException.class).hasMessageContaining("API key 000000000001");
    assertThatThrownBy(() -> keys.change(changes -> {
      changes.add(key("000000000002", 1, BE, Role.ADVISOR, KeyScope.ENTITY), ISSUED);
      return null;
    })).isInstanceOf(ConflictException.class);
    Member member = new JdbiMemberRepository(database, BE).save(Fixtures.member(BE));
    ApiKey foreign = new ApiKey("000000000003", hash(3), FR, Role.MEMBER, member.id(), "a Belgian member's key of FR", KeyScope.ENTITY);
    assertThatThrownBy(() -> keys.change(changes -> {
      changes.add(foreign, ISSUED);
      return null;
    })).isInstanceOf(NotFoundException.class);
    ApiKey own = new ApiKey("000000000003", hash(3), BE, Role.MEMBER, member.id(), "Anna's phone", KeyScope.ENTITY);
    keys.change(changes -> {
      changes.add(own, ISSUED);
      return null;
    });
    assertThat(keys.byHash(hash(3))).contains(own);
  }

  @Test
  void theTable_refusesWhatAKeyMayNotBe() {
    String valid = "'000000000001', '" + hash(1) + "', 'BE', 'ADVISOR', NULL, 'laptop', 'ENTITY'";
    insert(valid);
    for (String invalid : List.of(
        "'00000000000G', '" + hash(2) + "', 'BE', 'ADVISOR', NULL, 'laptop', 'ENTITY'",
        "'000000000002', '" + hash(0xab).toUpperCase() + "', 'BE', 'ADVISOR', NULL, 'laptop', 'ENTITY'",
        "'000000000002', '" + hash(2) + "', 'be', 'ADVISOR', NULL, 'laptop', 'ENTITY'",
        "'000000000002', '" + hash(2) + "', 'BE', 'KING', NULL, 'laptop', 'ENTITY'",
        "'000000000002', '" + hash(2) + "', 'BE', 'MEMBER', NULL, 'laptop', 'ENTITY'",
        "'000000000002', '" + hash(2) + "', 'BE', 'ADVISOR', NULL, 'laptop', 'COOPERATIVE'",
        "'000000000002', '" + hash(2) + "', 'BE', 'ADVISOR', NULL, 'laptop', 'WORLD'",
        "'000000000002', '" + hash(2) + "', 'BE', 'ADVISOR', NULL, E'laptop\\nx', 'ENTITY'",
        "'000000000002', '" + hash(2) + "', 'BE', 'ADVISOR', NULL, 'laptop' || chr(133), 'ENTITY'")) {
      assertThatThrownBy(() -> insert(invalid)).as(invalid).isInstanceOf(StatementException.class);
    }
    assertThat(keys.all()).hasSize(1);
  }

  private void insert(String values) {
    database.jdbi().useHandle(handle -> handle.execute("INSERT INTO api_keys (id, key_hash, entity, role, member_id, label, scope, issued_at)"
        + " VALUES (" + values + ", now())"));
  }

  private static ApiKey key(String id, int hash, EntityCode entity, Role role, KeyScope scope) {
    return new ApiKey(id, hash(hash), entity, role, null, role + " " + id, scope);
  }

  /** A SHA-256 in hex, distinct for each {@code n}. */
  private static String hash(int n) {
    return "%064x".formatted(n);
  }
}
