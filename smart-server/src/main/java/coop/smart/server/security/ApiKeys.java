package coop.smart.server.security;

import coop.smart.core.entity.EntityCode;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.member.MemberId;
import coop.smart.core.operation.Role;
import coop.smart.persistence.OwnerOnly;
import io.javalin.http.UnauthorizedResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The API keys the server accepts, kept hashed in a file of one line per key:
 * {@code id | sha256 | entity | role | member or - | label}. A key is {@code smart_<id>_<secret>},
 * 256 random bits of secret: so long a random key needs no slow hash, and its SHA-256 is all
 * that is kept. Issuing or revoking a key rewrites the file before it takes effect.
 */
public final class ApiKeys {

  private static final String PREFIX = "smart_";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String SEPARATOR = " | ";

  /** A key just issued: the only time its secret is seen. */
  public record Issued(ApiKey key, String secret) {
  }

  private final Path file;
  /**
   * Replaced whole on every change, never changed in place, so authenticating (every request)
   * and the listings read it without the lock that issuing and revoking take.
   */
  private volatile Map<String, ApiKey> byHash = Map.of();

  private ApiKeys(Path file) {
    this.file = file;
  }

  /** Keys kept in memory only, gone when the process ends: for tests and embedders with keys of their own. */
  public static ApiKeys inMemory() {
    return new ApiKeys(null);
  }

  /**
   * The keys in {@code file}, created empty when missing.
   *
   * @throws IllegalStateException naming the file and line of a malformed one
   */
  public static ApiKeys file(Path file) {
    ApiKeys keys = new ApiKeys(file);
    try {
      if (Files.notExists(file)) {
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        Files.writeString(file, "# id | sha256 | entity | role | member | label\n", StandardCharsets.UTF_8);
        OwnerOnly.file(file);
      }
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      Map<String, ApiKey> read = new LinkedHashMap<>();
      for (int number = 1; number <= lines.size(); number++) {
        String line = lines.get(number - 1).strip();
        if (line.isEmpty() || line.startsWith("#")) continue;
        ApiKey key = parse(line, file, number);
        read.put(key.hash(), key);
      }
      keys.byHash = Collections.unmodifiableMap(read);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the API keys in " + file, e);
    }
    return keys;
  }

  /** The caller a key stands for, if it is one of these keys. */
  public Optional<Caller> authenticate(String key) {
    if (key == null || !key.startsWith(PREFIX)) return Optional.empty();
    return Optional.ofNullable(byHash.get(hash(key))).map(ApiKey::caller);
  }

  /** Issues a new key; its secret is in the answer and nowhere else. */
  public synchronized Issued issue(EntityCode entity, Role role, MemberId member, String label) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    byte[] id = new byte[6];
    RANDOM.nextBytes(id);
    String keyId = HexFormat.of().formatHex(id);
    String text = PREFIX + keyId + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    ApiKey key = new ApiKey(keyId, hash(text), entity, role, member, label.strip().replace('|', '/'));
    Map<String, ApiKey> next = new LinkedHashMap<>(byHash);
    next.put(key.hash(), key);
    write(next);
    return new Issued(key, text);
  }

  /** Rule code of the refusal to revoke an entity's last ADMIN key, which would leave nobody to issue keys. */
  public static final String LAST_ADMIN = "LAST_ADMIN";

  /**
   * Revokes the key of {@code entity} with that id, on behalf of the key {@code revoker}; answers
   * whether there was one. Checked and done under one lock: the revoker must still be valid, and
   * an entity's last ADMIN key stays, so two ADMIN keys revoking each other at once leave one.
   *
   * @throws BusinessRuleException when the key is the entity's last ADMIN key
   * @throws UnauthorizedResponse when the revoker itself was revoked meanwhile
   */
  public synchronized boolean revoke(EntityCode entity, String id, String revoker) {
    if (byHash.values().stream().noneMatch(key -> key.id().equals(revoker))) {
      throw new UnauthorizedResponse("the key making this request has been revoked");
    }
    Map<String, ApiKey> next = new LinkedHashMap<>(byHash);
    boolean removed = next.values().removeIf(key -> key.id().equals(id) && key.entity().equals(entity));
    if (removed && next.values().stream().noneMatch(key -> key.entity().equals(entity) && key.role() == Role.ADMIN)) {
      throw new BusinessRuleException(LAST_ADMIN, "key " + id + " is the last ADMIN key of " + entity + "; issue another one first");
    }
    if (removed) write(next);
    return removed;
  }

  /** The keys of one entity, without their secrets, by id. */
  public List<ApiKey> of(EntityCode entity) {
    return byHash.values().stream().filter(key -> key.entity().equals(entity)).sorted(Comparator.comparing(ApiKey::id)).toList();
  }

  public boolean isEmpty() {
    return byHash.isEmpty();
  }

  /** Where the keys are kept, or null in memory. */
  public Path file() {
    return file;
  }

  /** Replaces the file whole, so a crash leaves the old keys or the new ones, never half a line. */
  private void write(Map<String, ApiKey> keys) {
    if (file != null) {
      List<String> lines = new ArrayList<>();
      lines.add("# id | sha256 | entity | role | member | label");
      keys.values().forEach(key -> lines.add(String.join(SEPARATOR, key.id(), key.hash(), key.entity().value(), key.role().name(),
          key.member() == null ? "-" : key.member().toString(), key.label())));
      try {
        Path next = file.resolveSibling(file.getFileName() + ".next");
        Files.write(next, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE, StandardOpenOption.SYNC);
        OwnerOnly.file(next);
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the API keys to " + file, e);
      }
    }
    byHash = Collections.unmodifiableMap(keys);
  }

  private static ApiKey parse(String line, Path file, int number) {
    String[] fields = line.split("\\|", -1);
    String where = file + " line " + number;
    if (fields.length != 6) throw new IllegalStateException(where + ": expected 6 fields (id | sha256 | entity | role | member | label), found " + fields.length);
    try {
      String member = fields[4].strip();
      return new ApiKey(fields[0].strip(), fields[1].strip(), EntityCode.of(fields[2].strip()), Role.valueOf(fields[3].strip()),
          member.equals("-") ? null : MemberId.parse(member), fields[5].strip());
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(where + ": " + e.getMessage(), e);
    }
  }

  private static String hash(String key) {
    return Sha256.hex(key);
  }
}
