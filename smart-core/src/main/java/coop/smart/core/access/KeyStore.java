package coop.smart.core.access;

import coop.smart.core.entity.EntityCode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the API keys are kept. A read sees every change that has ended, by whichever process
 * made it; a change runs alone among the changes of every process sharing the store, so what it
 * checks (the revoking key is still valid, an entity keeps an ADMIN key) still holds when it ends.
 */
public interface KeyStore {

  /** The key whose SHA-256 is {@code hash}: how each request's key is found. */
  Optional<ApiKey> byHash(String hash);

  /** The key with that id, of whichever entity. */
  Optional<ApiKey> byId(String id);

  /** Every key, by id. */
  List<ApiKey> all();

  /** The keys of {@code entity}, by id. */
  List<ApiKey> of(EntityCode entity);

  /** Runs {@code change} alone, and answers what it does; when it throws, the keys stay as they were. */
  <T> T change(Function<Changes, T> change);

  /** What a change reads and does, each read seeing what the change did before it. */
  interface Changes {

    /** Whether no key is stored at all. */
    boolean isEmpty();

    /** Whether a key with that id is stored. */
    boolean has(String id);

    /** Whether {@code entity} has an ADMIN key. */
    boolean hasAdmin(EntityCode entity);

    /**
     * Stores {@code key}, issued at {@code issuedAt}.
     *
     * @throws coop.smart.core.error.ConflictException when a key with its id or hash is stored
     */
    void add(ApiKey key, Instant issuedAt);

    /** Removes the key of {@code entity} with that id; answers whether there was one. */
    boolean remove(EntityCode entity, String id);
  }
}
