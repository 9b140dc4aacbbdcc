package coop.smart.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The served API description as the contract of every answer the tests receive: the status must
 * be one the operation documents (or its {@code 4XX}/{@code 5XX} range, or {@code default}), the
 * content type one that response lists, and the body must match its schema, under OpenAPI 3.1's
 * JSON Schema 2020-12 with formats asserted. Objects are checked closed (a field the description
 * does not name is drift too), except where the description leaves them open. A path no operation
 * describes must be answered as an unknown route: 404, or 405 for another method of a described
 * path, as problem details; a path with a control character, 400 before any route. The web pages
 * (see {@link #page}) are HTML for people, outside the description, and held to nothing here.
 */
final class ApiContract {

  private static final String DOCUMENT = "https://smart.coop/openapi.json";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> JSON_TYPES = Set.of("application/json", "application/problem+json");

  private final JsonNode description;
  private final SchemaRegistry registry;
  /** The described paths as patterns, those without a parameter first: {@code /invoices/x} is not {@code /invoices/{id}}'s. */
  private final List<Map.Entry<String, Pattern>> paths = new ArrayList<>();
  /** The web pages' routes as patterns: {@code /zz/pay} is the pay simulator's route, answering that no entity zz has pages. */
  private final List<Pattern> pages;
  private final Map<SchemaLocation, Schema> schemas = new ConcurrentHashMap<>();

  /** The contract of {@code description}, for a server whose routes are {@code routes} (as its router writes them). */
  ApiContract(String description, Collection<String> routes) {
    this.description = read(description);
    JsonNode closed = this.description.deepCopy();
    close(closed, allOfTargets(closed), false);
    this.registry = SchemaRegistry.withDialect(Dialects.getOpenApi31(), builder -> builder
        .schemas(Map.of(DOCUMENT, closed.toString()))
        .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
    this.description.get("paths").fieldNames().forEachRemaining(path ->
        paths.add(Map.entry(path, pattern(path))));
    paths.sort(Comparator.comparing(path -> path.getKey().contains("{")));
    this.pages = routes.stream().filter(ApiContract::page).map(ApiContract::pattern).toList();
  }

  /** Whether a route is one of the web pages': the entities' list at {@code /} and each entity's pages under its code. */
  static boolean page(String route) {
    return route.equals("/") || route.startsWith("/{entity}");
  }

  /** What {@code response} breaks of the contract of {@code request}'s operation; empty when it keeps it. */
  List<String> violations(HttpRequest request, HttpResponse<?> response) {
    String path = request.uri().getPath();
    if (path.startsWith("/webjars/")) return List.of();
    // A control character is in no path: the HTTP layer refuses the request before any route.
    if (path.chars().anyMatch(Character::isISOControl)) return unknownRoute(response, 400);
    String method = request.method().toLowerCase(Locale.ROOT);
    String template = paths.stream().filter(candidate -> candidate.getValue().matcher(path).matches()).map(Map.Entry::getKey)
        .findFirst().orElse(null);
    if (template == null) {
      return pages.stream().anyMatch(page -> page.matcher(path).matches()) ? List.of() : unknownRoute(response, 404);
    }
    if (!description.get("paths").get(template).has(method)) return unknownRoute(response, 405);
    JsonNode responses = description.get("paths").get(template).get(method).get("responses");
    String status = Integer.toString(response.statusCode());
    String key = responses.has(status) ? status : responses.has(status.charAt(0) + "XX") ? status.charAt(0) + "XX"
        : responses.has("default") ? "default" : null;
    if (key == null) return List.of("status " + status + " is not documented for " + method.toUpperCase(Locale.ROOT) + " " + template);
    JsonNode documented = resolve(responses.get(key));
    SchemaLocation location = SchemaLocation.of(DOCUMENT).append("paths").append(template).append(method).append("responses").append(key);
    if (responses.get(key).has("$ref")) location = SchemaLocation.of(DOCUMENT + responses.get(key).get("$ref").asText());
    return body(documented, location, response, method.toUpperCase(Locale.ROOT) + " " + template + " " + status);
  }

  private List<String> unknownRoute(HttpResponse<?> response, int expected) {
    if (response.statusCode() != expected) {
      return List.of(response.request().method() + " " + response.request().uri().getPath() + " is not described, yet answered "
          + response.statusCode() + " rather than " + expected);
    }
    return body(resolve(description.at("/components/responses/NotFound")), SchemaLocation.of(DOCUMENT + "#/components/responses/NotFound"),
        response, "an unknown route");
  }

  private List<String> body(JsonNode documented, SchemaLocation location, HttpResponse<?> response, String what) {
    String type = response.headers().firstValue("Content-Type").map(value -> value.split(";")[0].strip()).orElse(null);
    if (!documented.has("content")) {
      return text(response.body()).isEmpty() ? List.of() : List.of(what + " documents no body, yet one came as " + type);
    }
    if (type == null || !documented.get("content").has(type)) {
      return List.of(what + " answered " + type + ", not one of " + RunningServer.fields(documented.get("content")));
    }
    if (!JSON_TYPES.contains(type) || !documented.get("content").get(type).has("schema")) return List.of();
    Schema schema = schemas.computeIfAbsent(location.append("content").append(type).append("schema"), registry::getSchema);
    return schema.validate(text(response.body()), InputFormat.JSON).stream().map(Error::toString).map(error -> what + ": " + error).toList();
  }

  /** A body as text, whether it was read as text or as bytes (a PDF's, or a problem answering for one). */
  static String text(Object body) {
    return body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : String.valueOf(body);
  }

  /** A route's template, {@code /invoices/{id}}, as the pattern of the paths it serves. */
  private static Pattern pattern(String template) {
    return Pattern.compile(template.replaceAll("\\{[^/]+}", "[^/]+"));
  }

  private JsonNode resolve(JsonNode node) {
    return node.has("$ref") ? description.at(node.get("$ref").asText().substring(1)) : node;
  }

  /** The component schemas some {@code allOf} extends: closed, they would refuse the extension's fields. */
  private static Set<String> allOfTargets(JsonNode node) {
    Set<String> targets = new HashSet<>();
    if (node.has("allOf")) node.get("allOf").forEach(part -> {
      if (part.has("$ref")) targets.add(part.get("$ref").asText());
    });
    node.elements().forEachRemaining(child -> targets.addAll(allOfTargets(child)));
    return targets;
  }

  /**
   * Adds {@code unevaluatedProperties: false} to every object schema that sets no bound of its
   * own, except a part of an {@code allOf} and the component schemas parts refer to: the schema
   * combining them is closed instead, and sees every part's properties.
   */
  private static void close(JsonNode node, Set<String> extended, boolean part) {
    if (node instanceof ObjectNode schema && !part && (schema.has("properties") || schema.has("allOf"))
        && !schema.has("additionalProperties") && !schema.has("unevaluatedProperties")) {
      schema.put("unevaluatedProperties", false);
    }
    if (node.isArray()) node.forEach(child -> close(child, extended, false));
    node.properties().forEach(field -> {
      switch (field.getKey()) {
        case "example", "examples" -> { }
        case "allOf" -> field.getValue().forEach(child -> close(child, extended, true));
        case "properties" -> field.getValue().forEach(property -> close(property, extended, false));
        case "schemas" -> field.getValue().properties().forEach(component ->
            close(component.getValue(), extended, extended.contains("#/components/schemas/" + component.getKey())));
        default -> close(field.getValue(), extended, false);
      }
    });
  }

  private static JsonNode read(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException("the API description is not JSON", e);
    }
  }
}
