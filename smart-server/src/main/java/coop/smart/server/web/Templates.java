package coop.smart.server.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.Map;

/**
 * Renders the pages from their jte templates, compiled with the server (src/main/jte), which
 * escape every value for where it lands in the HTML. Every page forbids what it does not use:
 * scripts, styles, images and requests from another host, inline scripts and styles, framing.
 */
final class Templates {

  /** Everything from the server itself, nothing inline, never framed, forms posted only back to it. */
  static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self';"
      + " font-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html, null, "coop.smart.server.web.templates");

  void render(Context ctx, String template, Map<String, Object> parameters) {
    StringOutput output = new StringOutput();
    engine.render(template + ".jte", parameters, output);
    ctx.header("Content-Security-Policy", POLICY);
    ctx.header("Referrer-Policy", "same-origin");
    ctx.header("X-Frame-Options", "DENY");
    // A page can show a person's records: no cache along the way or in the browser keeps it.
    ctx.header("Cache-Control", "no-store");
    ctx.html(output.toString()).contentType("text/html; charset=utf-8");
  }
}
