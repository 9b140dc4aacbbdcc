package coop.smart.server.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import coop.smart.core.error.ValidationException;
import coop.smart.server.json.StrictJson;
import coop.smart.server.validation.Constraints;
import coop.smart.server.validation.FieldErrors;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.UnsupportedMediaTypeResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * Reads request bodies: JSON only, at most {@value #MAX_BYTES} bytes, strictly, and checked
 * against the constraints of the record they are read as; a body that breaks any is refused
 * once, naming every field it got wrong.
 */
public final class JsonBody {

  /** 1 MiB: far above any request of the API, far below what would strain the server. */
  public static final int MAX_BYTES = 1 << 20;

  private static final String BYTES = JsonBody.class.getName() + ".bytes";

  private final ObjectMapper mapper;

  public JsonBody(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /**
   * The body as a {@code type}.
   *
   * @throws UnsupportedMediaTypeResponse when the request does not say it is JSON
   * @throws ContentTooLargeResponse when the body is over {@value #MAX_BYTES} bytes
   * @throws ValidationException naming every field that is not as {@code type} declares it
   */
  public <T> T read(Context ctx, Class<T> type) {
    String contentType = ctx.contentType();
    if (!mediaType(ctx).equals("application/json")) {
      throw new UnsupportedMediaTypeResponse("the body must be JSON, sent as application/json, not '"
          + (contentType == null ? "" : contentType) + "'");
    }
    FieldErrors errors = new FieldErrors();
    T request = StrictJson.read(mapper, bytes(ctx), type, errors);
    if (request != null) Constraints.check(request, errors);
    errors.check();
    return request;
  }

  /** The body's bytes, read once per request: both the reading and the idempotency check need them. */
  public static byte[] bytes(Context ctx) {
    byte[] body = ctx.attribute(BYTES);
    if (body == null) {
      body = readBytes(ctx);
      ctx.attribute(BYTES, body);
    }
    return body;
  }

  /** Whether the request's body was read: the fields a refusal of it names are the body's. */
  static boolean wasRead(Context ctx) {
    return ctx.attribute(BYTES) != null;
  }

  /**
   * Reads at most one byte more than allowed, whatever the declared length says. A declared
   * length over the limit is not refused before reading: answering while the client is still
   * sending would have the connection closed under it, and the client would see no answer.
   */
  private static byte[] readBytes(Context ctx) {
    return readAtMost(ctx, MAX_BYTES, "1 MiB");
  }

  /**
   * The body, refused with 413 past {@code max} bytes ({@code limit} says it for people). A
   * declared length within {@code max} is read as is (the server ends the body there), into an
   * array of that length rather than through a buffer of the limit's chunks.
   */
  static byte[] readAtMost(Context ctx, int max, String limit) {
    long declared = ctx.req().getContentLengthLong();
    try (InputStream in = ctx.bodyInputStream()) {
      byte[] body = in.readNBytes(declared >= 0 && declared <= max ? (int) declared : max + 1);
      if (body.length > max) throw new ContentTooLargeResponse("the body must not exceed " + max + " bytes (" + limit + ")");
      return body;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the request body", e);
    }
  }

  /** The media type the request declares, lower case without parameters, or "" when it declares none. */
  static String mediaType(Context ctx) {
    String contentType = ctx.contentType();
    return contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
  }
}
