package coop.smart.server.security;

import coop.smart.core.access.ApiKey;
import coop.smart.core.access.KeyScope;
import coop.smart.core.access.KeyStore;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.member.MemberId;
import coop.smart.core.operation.Role;
import coop.smart.persistence.Database;
import coop.smart.persistence.JdbiApiKeys;
import io.javalin.http.UnauthorizedResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The API keys the server accepts. A key is {@code smart_<id>_<secret>}, 256 random bits of
 * secret: so long a random key needs no slow hash, and its SHA-256 is all that is kept. The server
 * keeps them in its database, which every server of the cooperative shares and reads each
 * request's key from: a key issued by any of them, or by {@code smart-server keys issue}, is
 * accepted by all at once, and a key revoked is refused by all at once.
 */
public final class ApiKeys {

  private static final String PREFIX = "smart_";
  private static final SecureRandom RANDOM = new SecureRandom();

  /** Rule code of the refusal to revoke an entity's last ADMIN key, which would leave nobody to issue keys. */
  public static final String LAST_ADMIN = "LAST_ADMIN";

  /** A key just issued: the only time its secret is seen. */
  public record Issued(ApiKey key, String secret) {
  }

  private final KeyStore store;
  private final Clock clock;

  private ApiKeys(KeyStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** Keys kept in memory only, gone when the process ends: for tests and embedders with keys of their own. */
  public static ApiKeys inMemory() {
    return new ApiKeys(new KeysInMemory(), Clock.systemUTC());
  }

  /** The keys kept in {@code database}, each issued at the time {@code clock} tells. */
  public static ApiKeys in(Database database, Clock clock) {
    return new ApiKeys(new JdbiApiKeys(database), clock);
  }

  /** The caller a key stands for, if it is one of the keys stored now. */
  public Optional<Caller> authenticate(String key) {
    if (key == null || !key.startsWith(PREFIX)) return Optional.empty();
    return store.byHash(Sha256.hex(key)).map(Caller::of);
  }

  /** Issues a new key of {@code entity} alone; its secret is in the answer and nowhere else. */
  public Issued issue(EntityCode entity, Role role, MemberId member, String label) {
    return issue(entity, role, member, label, KeyScope.ENTITY);
  }

  /** Issues a new key; its secret is in the answer and nowhere else. */
  public Issued issue(EntityCode entity, Role role, MemberId member, String label, KeyScope scope) {
    Issued issued = generate(entity, role, member, label, scope);
    return store.change(keys -> {
      keys.add(issued.key(), clock.instant());
      return issued;
    });
  }

  /**
   * Issues an ADMIN key of {@code entity} when no key is stored at all, as a first start does:
   * of servers starting at once on an empty database, one issues it.
   */
  public Optional<Issued> issueFirst(EntityCode entity, String label) {
    Issued issued = generate(entity, Role.ADMIN, null, label, KeyScope.ENTITY);
    return store.change(keys -> {
      if (!keys.isEmpty()) return Optional.empty();
      keys.add(issued.key(), clock.instant());
      return Optional.of(issued);
    });
  }

  /**
   * Stores those of {@code keys} whose id is not stored yet, all of them or none: keys kept
   * elsewhere before, imported twice as once. Answers how many it stored.
   */
  public int addMissing(List<ApiKey> keys) {
    return store.change(stored -> {
      int added = 0;
      for (ApiKey key : keys) {
        if (stored.has(key.id())) continue;
        stored.add(key, clock.instant());
        added++;
      }
      return added;
    });
  }

  /**
   * Revokes the key of {@code entity} with that id, on behalf of the key {@code revoker}; answers
   * whether there was one. Checked and done as one change: the revoker must still be valid, and
   * an entity's last ADMIN key stays, so two ADMIN keys revoking each other at once leave one.
   *
   * @throws BusinessRuleException when the key is the entity's last ADMIN key
   * @throws UnauthorizedResponse when the revoker itself was revoked meanwhile
   */
  public boolean revoke(EntityCode entity, String id, String revoker) {
    return store.change(keys -> {
      if (!keys.has(revoker)) throw new UnauthorizedResponse("the key making this request has been revoked");
      if (!keys.remove(entity, id)) return false;
      if (!keys.hasAdmin(entity)) {
        throw new BusinessRuleException(LAST_ADMIN, "key " + id + " is the last ADMIN key of " + entity + "; issue another one first");
      }
      return true;
    });
  }

  /** The keys of one entity, without their secrets, by id. */
  public List<ApiKey> of(EntityCode entity) {
    return store.of(entity);
  }

  /** Every key, without its secret, by id. */
  public List<ApiKey> all() {
    return store.all();
  }

  /** The key with that id, of whichever entity. */
  public Optional<ApiKey> byId(String id) {
    return store.byId(id);
  }

  /**
   * A new key, not stored yet.
   *
   * @throws IllegalArgumentException when the key cannot grant that, or the label cannot name it
   */
  private static Issued generate(EntityCode entity, Role role, MemberId member, String label, KeyScope scope) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    byte[] id = new byte[6];
    RANDOM.nextBytes(id);
    String keyId = HexFormat.of().formatHex(id);
    String text = PREFIX + keyId + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    return new Issued(new ApiKey(keyId, Sha256.hex(text), entity, role, member, label.strip(), scope), text);
  }
}
