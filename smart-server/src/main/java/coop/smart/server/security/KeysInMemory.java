package coop.smart.server.security;

import coop.smart.core.access.ApiKey;
import coop.smart.core.access.KeyStore;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.error.ConflictException;
import coop.smart.core.operation.Role;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** Keys kept in this process alone, by their hash, gone when it ends; when they were issued is not kept. */
final class KeysInMemory implements KeyStore {

  /** Replaced whole by each change, never changed in place, so reads need no lock. */
  private volatile Map<String, ApiKey> byHash = Map.of();

  @Override
  public Optional<ApiKey> byHash(String hash) {
    return Optional.ofNullable(byHash.get(hash));
  }

  @Override
  public Optional<ApiKey> byId(String id) {
    return byHash.values().stream().filter(key -> key.id().equals(id)).findFirst();
  }

  @Override
  public List<ApiKey> all() {
    return byHash.values().stream().sorted(Comparator.comparing(ApiKey::id)).toList();
  }

  @Override
  public List<ApiKey> of(EntityCode entity) {
    return all().stream().filter(key -> key.entity().equals(entity)).toList();
  }

  /** Runs {@code change} on a copy of the keys, which replaces them unless it throws. */
  @Override
  public synchronized <T> T change(Function<Changes, T> change) {
    Map<String, ApiKey> next = new HashMap<>(byHash);
    T answer = change.apply(new Changes() {
      @Override
      public boolean isEmpty() {
        return next.isEmpty();
      }

      @Override
      public boolean has(String id) {
        return next.values().stream().anyMatch(key -> key.id().equals(id));
      }

      @Override
      public boolean hasAdmin(EntityCode entity) {
        return next.values().stream().anyMatch(key -> key.entity().equals(entity) && key.role() == Role.ADMIN);
      }

      @Override
      public void add(ApiKey key, Instant issuedAt) {
        if (next.containsKey(key.hash()) || has(key.id())) throw new ConflictException("API key " + key.id() + " is already stored");
        next.put(key.hash(), key);
      }

      @Override
      public boolean remove(EntityCode entity, String id) {
        return next.values().removeIf(key -> key.id().equals(id) && key.entity().equals(entity));
      }
    });
    byHash = Map.copyOf(next);
    return answer;
  }
}
