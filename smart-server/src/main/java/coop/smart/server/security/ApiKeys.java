package coop.smart.server.security;

import coop.smart.core.entity.EntityCode;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.member.MemberId;
import coop.smart.core.operation.Role;
import coop.smart.persistence.OwnerOnly;
import io.javalin.http.UnauthorizedResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The API keys the server accepts, kept hashed in a file of one line per key:
 * {@code id | sha256 | entity | role | member or - | label | scope}, a line without a scope being
 * an entity's key, as every key was before cooperative administrators. A key is
 * {@code smart_<id>_<secret>}, 256 random bits of secret: so long a random key needs no slow
 * hash, and its SHA-256 is all that is kept. Issuing or revoking a key rewrites the file before it
 * takes effect, under a lock on {@code <file>.lock} that every process writing the file takes, so
 * {@code smart-server keys issue} may add a key while the server runs; the server reads the file
 * again whenever it has changed (one look at its modification time per request), so several
 * servers sharing it accept a key issued, and refuse a key revoked, by any of them.
 */
public final class ApiKeys {

  private static final Logger LOG = LoggerFactory.getLogger(ApiKeys.class);
  private static final String PREFIX = "smart_";
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String SEPARATOR = " | ";
  private static final String HEADER = "# id | sha256 | entity | role | member | label | scope";

  /** A key just issued: the only time its secret is seen. */
  public record Issued(ApiKey key, String secret) {
  }

  /**
   * What one read of the file found, and which file it was: each write replaces the file, so its
   * identity and time tell whether another process wrote it since.
   */
  private record Snapshot(Map<String, ApiKey> byHash, List<Object> stamp) {
  }

  private final Path file;
  /**
   * Replaced whole on every change, never changed in place, so authenticating (every request)
   * and the listings read it without the lock that issuing and revoking take.
   */
  private volatile Snapshot keys = new Snapshot(Map.of(), List.of());

  private ApiKeys(Path file) {
    this.file = file;
  }

  /** Keys kept in memory only, gone when the process ends: for tests and embedders with keys of their own. */
  public static ApiKeys inMemory() {
    return new ApiKeys(null);
  }

  /**
   * The keys in {@code file}, created empty, readable by its owner only, when missing.
   *
   * @throws IllegalStateException naming the file and line of a malformed one
   */
  public static ApiKeys file(Path file) {
    ApiKeys keys = new ApiKeys(file);
    try {
      if (Files.notExists(file)) {
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        keys.locked(() -> Files.notExists(file) ? keys.write(Map.of()) : null);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the API keys file " + file, e);
    }
    keys.keys = read(file);
    return keys;
  }

  /**
   * The caller a key stands for, if it is one of the keys as the file holds them now: read again
   * once another process has written it, so a key another server revoked is refused at once.
   */
  public Optional<Caller> authenticate(String key) {
    if (key == null || !key.startsWith(PREFIX)) return Optional.empty();
    return Optional.ofNullable(current().byHash().get(hash(key))).map(ApiKey::caller);
  }

  /** Issues a new key of {@code entity} alone; its secret is in the answer and nowhere else. */
  public Issued issue(EntityCode entity, Role role, MemberId member, String label) {
    return issue(entity, role, member, label, KeyScope.ENTITY);
  }

  /** Issues a new key; its secret is in the answer and nowhere else. */
  public Issued issue(EntityCode entity, Role role, MemberId member, String label, KeyScope scope) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    byte[] id = new byte[6];
    RANDOM.nextBytes(id);
    String keyId = HexFormat.of().formatHex(id);
    String text = PREFIX + keyId + "_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    ApiKey key = new ApiKey(keyId, hash(text), entity, role, member, label.strip().replace('|', '/'), scope);
    change(current -> {
      Map<String, ApiKey> next = new LinkedHashMap<>(current);
      next.put(key.hash(), key);
      return next;
    });
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
  public boolean revoke(EntityCode entity, String id, String revoker) {
    return change(current -> {
      if (current.values().stream().noneMatch(key -> key.id().equals(revoker))) {
        throw new UnauthorizedResponse("the key making this request has been revoked");
      }
      Map<String, ApiKey> next = new LinkedHashMap<>(current);
      if (!next.values().removeIf(key -> key.id().equals(id) && key.entity().equals(entity))) return current;
      if (next.values().stream().noneMatch(key -> key.entity().equals(entity) && key.role() == Role.ADMIN)) {
        throw new BusinessRuleException(LAST_ADMIN, "key " + id + " is the last ADMIN key of " + entity + "; issue another one first");
      }
      return next;
    });
  }

  /** The keys of one entity, without their secrets, by id. */
  public List<ApiKey> of(EntityCode entity) {
    return all().stream().filter(key -> key.entity().equals(entity)).toList();
  }

  /** Every key, without its secret, by id. */
  public List<ApiKey> all() {
    return current().byHash().values().stream().sorted(Comparator.comparing(ApiKey::id)).toList();
  }

  /** The key with that id, of whichever entity. */
  public Optional<ApiKey> byId(String id) {
    return current().byHash().values().stream().filter(key -> key.id().equals(id)).findFirst();
  }

  public boolean isEmpty() {
    return current().byHash().isEmpty();
  }

  /** Where the keys are kept, or null in memory. */
  public Path file() {
    return file;
  }

  /**
   * Applies {@code change} to the keys as the file holds them now and keeps its answer, unless it
   * is the map it was given; answers whether it changed. Read, changed and written under the
   * lock, so no process loses another's change.
   */
  private synchronized boolean change(UnaryOperator<Map<String, ApiKey>> change) {
    if (file == null) return apply(change, keys.byHash());
    return locked(() -> {
      keys = read(file); // as another process may have left it
      return apply(change, keys.byHash());
    });
  }

  private boolean apply(UnaryOperator<Map<String, ApiKey>> change, Map<String, ApiKey> current) {
    Map<String, ApiKey> next = change.apply(current);
    if (next == current) return false;
    keys = file == null ? new Snapshot(Collections.unmodifiableMap(next), List.of()) : write(next);
    return true;
  }

  /**
   * Runs {@code work} holding the lock on the file's lock file: a file lock, for other processes,
   * under this class's monitor, as one process may hold a file's lock only once.
   */
  private <T> T locked(Supplier<T> work) {
    Path lock = file.resolveSibling(file.getFileName() + ".lock");
    synchronized (ApiKeys.class) {
      try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
        FileLock held = channel.lock();
        try {
          OwnerOnly.file(lock);
          return work.get();
        } finally {
          held.release();
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot lock the API keys in " + file, e);
      }
    }
  }

  /** The keys, read again when another process has written the file since. */
  private Snapshot current() {
    Snapshot known = keys;
    if (file == null) return known;
    try {
      return stamp(file).equals(known.stamp()) ? known : reread();
    } catch (IOException e) {
      return known;
    }
  }

  /** The file as it is now; the keys known so far when it has become unreadable, which is logged. */
  private synchronized Snapshot reread() {
    try {
      keys = read(file);
    } catch (RuntimeException e) {
      LOG.warn("the API keys file changed and cannot be read; the keys read before stay in force", e);
    }
    return keys;
  }

  /** Replaces the file whole, so a crash leaves the old keys or the new ones, never half a line. */
  private Snapshot write(Map<String, ApiKey> keys) {
    List<String> lines = new ArrayList<>();
    lines.add(HEADER);
    keys.values().forEach(key -> lines.add(String.join(SEPARATOR, key.id(), key.hash(), key.entity().value(), key.role().name(),
        key.member() == null ? "-" : key.member().toString(), key.label(), key.scope().name())));
    try {
      Path next = file.resolveSibling(file.getFileName() + ".next");
      Files.write(next, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
          StandardOpenOption.WRITE, StandardOpenOption.SYNC);
      OwnerOnly.file(next);
      Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return new Snapshot(Collections.unmodifiableMap(new LinkedHashMap<>(keys)), stamp(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the API keys to " + file, e);
    }
  }

  private static Snapshot read(Path file) {
    try {
      List<Object> stamp = stamp(file);
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      Map<String, ApiKey> read = new LinkedHashMap<>();
      for (int number = 1; number <= lines.size(); number++) {
        String line = lines.get(number - 1).strip();
        if (line.isEmpty() || line.startsWith("#")) continue;
        ApiKey key = parse(line, file, number);
        read.put(key.hash(), key);
      }
      return new Snapshot(Collections.unmodifiableMap(read), stamp);
    } catch (NoSuchFileException e) {
      throw new IllegalStateException("the API keys file " + file + " is missing", e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the API keys in " + file, e);
    }
  }

  private static ApiKey parse(String line, Path file, int number) {
    String[] fields = line.split("\\|", -1);
    String where = file + " line " + number;
    if (fields.length != 6 && fields.length != 7) {
      throw new IllegalStateException(where + ": expected 7 fields (id | sha256 | entity | role | member | label | scope), found " + fields.length);
    }
    try {
      String member = fields[4].strip();
      return new ApiKey(fields[0].strip(), fields[1].strip(), EntityCode.of(fields[2].strip()), Role.valueOf(fields[3].strip()),
          member.equals("-") ? null : MemberId.parse(member), fields[5].strip(),
          fields.length == 6 ? KeyScope.ENTITY : KeyScope.valueOf(fields[6].strip()));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(where + ": " + e.getMessage(), e);
    }
  }

  /** Which file it is (a write replaces it) and when it was written. */
  private static List<Object> stamp(Path file) throws IOException {
    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
    return Arrays.asList(attributes.fileKey(), attributes.lastModifiedTime());
  }

  private static String hash(String key) {
    return Sha256.hex(key);
  }
}
