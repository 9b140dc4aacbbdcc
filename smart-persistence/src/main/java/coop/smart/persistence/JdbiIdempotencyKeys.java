package coop.smart.persistence;

import coop.smart.core.entity.EntityCode;
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

  public Optional<Response> find(EntityCode entity, String key) {
    return jdbi.withHandle(handle -> handle.createQuery("SELECT request_hash, response_status, response_body, response_location,"
            + " response_etag FROM idempotency_keys WHERE entity = :entity AND idempotency_key = :key")
        .bind("entity", entity.value()).bind("key", key)
        .map((rs, ctx) -> new Response(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5)))
        .findOne());
  }

  /**
   * Stores the response to the request that first used {@code key}.
   *
   * @throws coop.smart.core.error.ConflictException when a request with the same key was stored first
   */
  public void remember(EntityCode entity, String key, Response response, Instant at) {
    SqlStates.insert("idempotency key '" + key + "' of " + entity, () -> jdbi.useHandle(handle -> handle.createUpdate(
            "INSERT INTO idempotency_keys (entity, idempotency_key, request_hash, response_status, response_body, response_location,"
                + " response_etag, created_at) VALUES (:entity, :key, :hash, :status, :body, :location, :etag, :at)")
        .bind("entity", entity.value()).bind("key", key).bind("hash", response.requestHash()).bind("status", response.status())
        .bind("body", response.body()).bind("location", response.location()).bind("etag", response.etag())
        .bind("at", at).execute()));
  }
}
