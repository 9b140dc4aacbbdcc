package coop.smart.server.http;

import io.javalin.http.Context;

/**
 * Headers every answer carries: browsers must not guess a type other than the one given, and
 * nothing answered to a request made with a key (records of members, a new key's secret) may be
 * kept by a cache along the way or in the browser.
 */
public final class SecurityHeaders {

  static final String TYPE_OPTIONS = "X-Content-Type-Options";
  static final String NOSNIFF = "nosniff";

  private SecurityHeaders() {
  }

  public static void apply(Context ctx) {
    ctx.header(TYPE_OPTIONS, NOSNIFF);
    if (ctx.header("Authorization") != null) ctx.header("Cache-Control", "no-store");
  }
}
