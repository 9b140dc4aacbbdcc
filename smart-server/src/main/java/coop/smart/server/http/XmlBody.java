package coop.smart.server.http;

import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.UnsupportedMediaTypeResponse;
import java.util.Set;

/**
 * Reads XML request bodies (a bank's statement) as bytes, at most {@value #MAX_BYTES} bytes: a
 * day's statement of ten thousand entries is some ten. What reads them must itself refuse DTDs
 * and external entities.
 */
public final class XmlBody {

  /** 32 MiB. */
  public static final int MAX_BYTES = 32 << 20;
  private static final Set<String> TYPES = Set.of("application/xml", "text/xml");

  private XmlBody() {
  }

  /**
   * The body's bytes.
   *
   * @throws UnsupportedMediaTypeResponse when the request does not say it is XML
   * @throws ContentTooLargeResponse when the body is over {@value #MAX_BYTES} bytes
   */
  public static byte[] read(Context ctx) {
    if (!TYPES.contains(JsonBody.mediaType(ctx))) {
      throw new UnsupportedMediaTypeResponse("the body must be XML, sent as application/xml, not '"
          + (ctx.contentType() == null ? "" : ctx.contentType()) + "'");
    }
    return JsonBody.readAtMost(ctx, MAX_BYTES, "32 MiB");
  }
}
