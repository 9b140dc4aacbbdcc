package coop.smart.server.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import coop.smart.core.error.ConflictException;
import coop.smart.persistence.JdbiIdempotencyKeys.Response;
import coop.smart.persistence.JdbiIdempotencyKeys;
import coop.smart.server.http.InvalidParameter;
import coop.smart.server.http.JsonBody;
import coop.smart.server.http.Versions;
import coop.smart.server.security.Caller;
import io.javalin.http.ConflictResponse;
import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Runs the creating requests: each in one transaction, and those carrying an
 * {@code Idempotency-Key} at most once. The response to a keyed request is stored in the
 * transaction of the work it answers; a retry with the same key and the same request gets that
 * response again, marked {@code Idempotent-Replayed: true}, and one with another request is
 * refused with 409. A request that fails stores nothing, so its retry runs afresh. A key
 * belongs to the API key that sent it, and is kept {@link #RETENTION} (Stripe's convention):
 * after that, the same key starts a new request.
 */
public final class Idempotency {

  public static final String HEADER = "Idempotency-Key";
  private static final int MAX_KEY_LENGTH = 200;
  /** How long a key's response is kept for its retries. */
  public static final Duration RETENTION = Duration.ofHours(24);

  /**
   * What a creating request answers.
   *
   * @param location the created record's path, or null
   * @param version the created record's version, sent as its ETag, or null
   * @param replayed what a retry gets instead of {@code body}: the same but for a secret shown once
   */
  public record Reply(int status, Object body, String location, Long version, Object replayed) {

    public static Reply created(String location, Object body, long version) {
      return new Reply(201, body, location, version, body);
    }

    /** A creation whose record has no version of its own, such as a journal entry. */
    public static Reply created(String location, Object body) {
      return new Reply(201, body, location, null, body);
    }

    public static Reply ok(Object body) {
      return new Reply(200, body, null, null, body);
    }

    /** This reply, of which a retry gets {@code other}: a secret sent once must not be kept to send again. */
    public Reply replayedAs(Object other) {
      return new Reply(status, body, location, version, other);
    }
  }

  private final Records records;
  private final ObjectMapper mapper;

  public Idempotency(Records records, ObjectMapper mapper) {
    this.records = records;
    this.mapper = mapper;
  }

  public void respond(Context ctx, Caller caller, Supplier<Reply> work) {
    String key = ctx.header(HEADER);
    if (key == null) {
      // Written as bytes in the transaction, so a reply that cannot be written commits nothing; no key keeps it as text.
      Written written = records.transactions().inTransaction(() -> {
        Reply reply = work.get();
        return new Written(reply, json(mapper::writeValueAsBytes, reply.body()));
      });
      send(ctx, written.reply().status(), written.body(), written.reply().location(), etag(written.reply()), false);
      return;
    }
    if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
      throw new InvalidParameter(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " characters, e.g. a UUID");
    }
    String hash = hash(caller, ctx);
    JdbiIdempotencyKeys keys = records.idempotencyKeys();
    Instant now = records.clock().instant();
    Instant expired = now.minus(RETENTION);
    AtomicBoolean ran = new AtomicBoolean();
    Response sent;
    try {
      sent = records.transactions().inTransaction(() -> keys.find(caller.entity(), caller.keyId(), key, expired).orElseGet(() -> {
        Reply reply = work.get();
        Response first = response(hash, reply, false);
        // Written twice only when a retry must get less than the first answer.
        Response kept = reply.replayed() == reply.body() ? first : response(hash, reply, true);
        try {
          keys.remember(caller.entity(), caller.keyId(), key, kept, now, expired);
        } catch (ConflictException e) {
          throw new Raced(e);
        }
        ran.set(true);
        return first;
      }));
    } catch (Raced e) {
      // The same key's other request committed first: this one's work rolled back, and its answer is that one's.
      sent = keys.find(caller.entity(), caller.keyId(), key, expired).orElseThrow(() -> e);
    }
    if (!sent.requestHash().equals(hash)) {
      throw new ConflictResponse("Idempotency-Key '" + key + "' was already used for another request; use a new key for a new request");
    }
    send(ctx, sent.status(), sent.body().getBytes(StandardCharsets.UTF_8), sent.location(), sent.etag(), !ran.get());
  }

  /** A reply and its body as sent. */
  private record Written(Reply reply, byte[] body) {
  }

  /** How a body is written as JSON: as text to keep, or as bytes to send. */
  private interface JsonWriter<T> {
    T write(Object body) throws JsonProcessingException;
  }

  private Response response(String hash, Reply reply, boolean replayed) {
    return new Response(hash, reply.status(), json(mapper::writeValueAsString, replayed ? reply.replayed() : reply.body()), reply.location(),
        etag(reply));
  }

  private static <T> T json(JsonWriter<T> writer, Object body) {
    try {
      return writer.write(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the response as JSON", e);
    }
  }

  private static String etag(Reply reply) {
    return reply.version() == null ? null : Versions.etag(reply.version());
  }

  private static void send(Context ctx, int status, byte[] body, String location, String etag, boolean replayed) {
    ctx.status(status).contentType(ContentType.JSON).result(body);
    if (location != null) ctx.header("Location", location);
    if (etag != null) ctx.header("ETag", etag);
    if (replayed) ctx.header("Idempotent-Replayed", "true");
  }

  /** The request as the key's first use is compared with: who sent it, to where, with what body. */
  private static String hash(Caller caller, Context ctx) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update((caller.keyId() + "\n" + ctx.method() + " " + ctx.path() + "\n").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest(JsonBody.bytes(ctx)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Another request with the same key stored its response first. */
  private static final class Raced extends RuntimeException {
    Raced(ConflictException cause) {
      super(cause);
    }
  }
}
