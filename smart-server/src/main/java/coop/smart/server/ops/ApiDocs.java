package coop.smart.server.ops;

import io.javalin.config.RoutesConfig;
import io.javalin.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /openapi.json}, the description of every endpoint, and {@code GET /docs}, the
 * same rendered by Swagger UI (served from its webjar under {@code /webjars}).
 */
public final class ApiDocs {

  private static final String OPENAPI = "coop/smart/server/openapi.json";
  private static final String PAGE = "coop/smart/server/docs.html";

  private final byte[] openApi = resource(OPENAPI);
  private final byte[] page = resource(PAGE);

  public void routes(RoutesConfig routes) {
    routes.get("/openapi.json", ctx -> ctx.contentType(ContentType.JSON).result(openApi));
    routes.get("/docs", ctx -> ctx.contentType("text/html; charset=utf-8").result(page));
  }

  private static byte[] resource(String name) {
    try (InputStream in = ApiDocs.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException(name + " is missing from the classpath");
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
