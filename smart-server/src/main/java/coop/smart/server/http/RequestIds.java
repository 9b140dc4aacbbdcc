package coop.smart.server.http;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Every request gets an id, sent back as {@value #HEADER} and written in every log line about
 * it. A caller's own id is kept when it is a plain token, so a trace can cross services.
 */
public final class RequestIds {

  public static final String HEADER = "X-Request-Id";
  private static final String ATTRIBUTE = "coop.smart.requestId";
  private static final Pattern PLAIN_TOKEN = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private RequestIds() {
  }

  /** The before-handler that gives the request its id. */
  public static void assign(Context ctx) {
    String given = ctx.header(HEADER);
    String id = given != null && PLAIN_TOKEN.matcher(given).matches() ? given : randomUuid().toString();
    ctx.attribute(ATTRIBUTE, id);
    ctx.header(HEADER, id);
  }

  /**
   * A version 4 UUID from a per-thread generator. An id names a request and guards nothing, so
   * it needs no secure random source, whose one lock every request thread would queue on.
   */
  private static UUID randomUuid() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return new UUID(random.nextLong() & ~0xF000L | 0x4000L, random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L);
  }

  /** The id of the request, assigning one if nothing has yet. */
  public static String of(Context ctx) {
    if (ctx.attribute(ATTRIBUTE) == null) assign(ctx);
    return ctx.attribute(ATTRIBUTE);
  }
}
