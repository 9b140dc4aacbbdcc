package coop.smart.persistence;

import coop.smart.core.entity.EntityCode;
import coop.smart.core.error.ConflictException;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The responses to requests that carried an {@code Idempotency-Key}, kept per entity in the
 * {@code idempotency_keys} table, so that a retry gets the first response instead of doing the
 * work twice. Remembering a response inside the transaction of the work it answers stores both
 * or neither.
 */
public final class JdbiIdempotencyKeys {

  /**
   * A response as first sent.
   *
   * @param requestHash what identifies the request (SHA-256 in hex): the same key with another request is refused
   * @param location the created record's path, or null
   * @param etag the created record's version tag, or null
   */
  public record Response(String requestHash, int status, String body, String location, String etag) {
    public Response {
      Objects.requireNonNull(requestHash, "requestHash");
      Objects.requireNonNull(body, "body");
    }
  }

  private final Jdbi jdbi;

  public JdbiIdempotencyKeys(Database database) {
    this.jdbi = database.jdbi();
  }

  /** The response stored for {@code key} of the API key {@code apiKey}, when it was stored after {@code since}. */
  public Optional<Response> find(EntityCode entity, String apiKey, String key, Instant since) {
    return jdbi.withHandle(handle -> handle.createQuery("SELECT request_hash, response_status, response_body, response_location,"
            + " response_etag FROM idempotency_keys WHERE entity = :entity AND api_key = :apiKey AND idempotency_key = :key"
            + " AND created_at > :since")
        .bind("entity", entity.value()).bind("apiKey", apiKey).bind("key", key).bind("since", since)
        .map((rs, ctx) -> new Response(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5)))
        .findOne());
  }

  /**
   * Stores the response to the request that first used {@code key} of the API key {@code apiKey},
   * in place of one stored on or before {@code expired}, whose key may be used again.
   *
   * @throws coop.smart.core.error.ConflictException when a request with the same key was stored first, after {@code expired}
   */
  public void remember(EntityCode entity, String apiKey, String key, Response response, Instant at, Instant expired) {
    int stored = jdbi.withHandle(handle -> handle.createUpdate(
            "INSERT INTO idempotency_keys (entity, api_key, idempotency_key, request_hash, response_status, response_body,"
                + " response_location, response_etag, created_at) VALUES (:entity, :apiKey, :key, :hash, :status, :body, :location, :etag, :at)"
                + " ON CONFLICT (entity, api_key, idempotency_key) DO UPDATE SET request_hash = EXCLUDED.request_hash,"
                + " response_status = EXCLUDED.response_status, response_body = EXCLUDED.response_body,"
                + " response_location = EXCLUDED.response_location, response_etag = EXCLUDED.response_etag, created_at = EXCLUDED.created_at"
                + " WHERE idempotency_keys.created_at <= :expired")
        .bind("entity", entity.value()).bind("apiKey", apiKey).bind("key", key).bind("hash", response.requestHash())
        .bind("status", response.status()).bind("body", response.body()).bind("location", response.location())
        .bind("etag", response.etag()).bind("at", at).bind("expired", expired).execute());
    if (stored == 0) throw new ConflictException("idempotency key '" + key + "' of " + entity + " is already stored");
  }
}
