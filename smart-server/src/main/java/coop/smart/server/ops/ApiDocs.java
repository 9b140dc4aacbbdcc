package coop.smart.server.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code GET /openapi.json}, the description of every endpoint, and {@code GET /docs}, the
 * same rendered by Swagger UI (served from its webjar under {@code /webjars}, started by
 * {@code /docs.js}). The description is the base file, with the shared parts, and one part per
 * resource, each beside the controller it describes; they are merged once, at start.
 *
 * <p>The page's Content-Security-Policy lets it run scripts, load styles and fetch only from this
 * server, and be framed by no page: an injected script or a page overlaying it cannot act in
 * the reader's name.
 */
public final class ApiDocs {

  private static final String OPENAPI = "coop/smart/server/openapi.json";
  private static final String PARTS = "coop/smart/server/openapi/";
  private static final String PAGE = "coop/smart/server/docs.html";
  private static final String SCRIPT = "coop/smart/server/docs.js";
  static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
      + "font-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private final byte[] openApi;
  private final byte[] page = resource(PAGE);
  private final byte[] script = resource(SCRIPT);

  /** @param parts the resources' parts, by name: {@code members} is {@code openapi/members.json} */
  public ApiDocs(List<String> parts) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode whole = read(mapper, OPENAPI);
    parts.forEach(part -> merge(whole, read(mapper, PARTS + part + ".json")));
    try {
      this.openApi = mapper.writeValueAsBytes(whole);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the API description", e);
    }
  }

  public void routes(RoutesConfig routes) {
    routes.get("/openapi.json", ctx -> ctx.contentType(ContentType.JSON).result(openApi));
    routes.get("/docs", ctx -> ctx.header("Content-Security-Policy", POLICY).contentType("text/html; charset=utf-8").result(page));
    routes.get("/docs.js", ctx -> ctx.contentType("text/javascript; charset=utf-8").result(script));
  }

  /** Adds a part's tags, paths and components; a name the whole already has is a mistake in the part. */
  private static void merge(ObjectNode whole, ObjectNode part) {
    if (part.has("tags")) ((ArrayNode) whole.get("tags")).addAll((ArrayNode) part.get("tags"));
    addAll((ObjectNode) whole.get("paths"), part.get("paths"));
    if (part.has("components")) {
      part.get("components").fields().forEachRemaining(kind ->
          addAll(((ObjectNode) whole.get("components")).withObjectProperty(kind.getKey()), kind.getValue()));
    }
  }

  private static void addAll(ObjectNode into, JsonNode from) {
    if (from == null) return;
    from.fields().forEachRemaining(field -> {
      if (into.has(field.getKey())) throw new IllegalStateException("the API description defines " + field.getKey() + " twice");
      into.set(field.getKey(), field.getValue());
    });
  }

  private static ObjectNode read(ObjectMapper mapper, String name) {
    try {
      return (ObjectNode) mapper.readTree(resource(name));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
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
