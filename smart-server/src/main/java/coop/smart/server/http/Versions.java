package coop.smart.server.http;

import coop.smart.core.error.ConflictException;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.function.Supplier;

/**
 * Optimistic concurrency over HTTP: a record's version travels as its {@code ETag}, and a change
 * names the version it was made from in {@code If-Match}. A change from a version that is no
 * longer current is refused with 412, so two people editing one record never overwrite each
 * other silently.
 */
public final class Versions {

  private Versions() {
  }

  public static String etag(long version) {
    return "\"" + version + "\"";
  }

  public static void tag(Context ctx, long version) {
    ctx.header("ETag", etag(version));
  }

  /**
   * The version a change was made from, as {@code If-Match} names it, for an operation to check
   * against the stored one (which refuses a stale one as {@code StaleVersionException}, a 412).
   *
   * @throws HttpResponseException 428 without {@code If-Match}
   * @throws InvalidParameter when it is not a version tag
   */
  public static long expected(Context ctx, String record) {
    String header = ctx.header("If-Match");
    if (header == null || header.isBlank()) {
      throw new HttpResponseException(428, "a change to " + record + " needs If-Match with the ETag it was read at");
    }
    return parse(header);
  }

  /**
   * Refuses the change unless {@code If-Match} names {@code current}, the stored version.
   *
   * @throws HttpResponseException 428 without {@code If-Match}, 412 when it names another version
   * @throws InvalidParameter when it is not a version tag
   */
  public static void requireCurrent(Context ctx, long current, String record) {
    String header = ctx.header("If-Match");
    if (header == null || header.isBlank()) {
      throw new HttpResponseException(428, "a change to " + record + " needs If-Match with the ETag it was read at (now " + etag(current) + ")");
    }
    long expected = parse(header);
    if (expected != current) throw stale(record, current, expected);
  }

  private static long parse(String header) {
    String tag = header.strip();
    if (!tag.matches("(W/)?\"\\d{1,18}\"")) throw new InvalidParameter("If-Match", "must be an ETag such as \"3\": '" + header + "'");
    return Long.parseLong(tag.substring(tag.indexOf('"') + 1, tag.length() - 1));
  }

  /** Runs a save of a record checked by {@link #requireCurrent}; another request saving first makes it 412. */
  public static <A> A saving(String record, Supplier<A> save) {
    try {
      return save.get();
    } catch (ConflictException e) {
      throw new HttpResponseException(412, record + " changed while this request ran: " + e.getMessage());
    }
  }

  private static HttpResponseException stale(String record, long current, long expected) {
    return new HttpResponseException(412, record + " is at version " + current + ", not " + expected
        + ": it changed since it was read; read it again and retry");
  }
}
