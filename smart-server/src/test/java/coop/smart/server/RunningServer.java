package coop.smart.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import coop.smart.core.access.KeyScope;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.member.MemberId;
import coop.smart.persistence.TestDatabases;
import coop.smart.server.security.ApiKeys;
import coop.smart.core.operation.Role;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The real server on a free port, called over HTTP as a client would; every answer is checked
 * against the API description it serves ({@link ApiContract}).
 */
final class RunningServer implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  /** The description every server of this run serves, read from the first one. */
  private static volatile ApiContract contract;

  private final Javalin app;
  private final Dependencies dependencies;
  private final HttpClient client = HttpClient.newHttpClient();

  private RunningServer(Javalin app, Dependencies dependencies) {
    this.app = app;
    this.dependencies = dependencies;
  }

  /**
   * The server with {@code dependencies}, given a fresh test database when they have none, and
   * the keys kept in its database, as the server keeps them, when they have none.
   */
  static RunningServer start(Dependencies dependencies) {
    Dependencies stored = dependencies.database() != null ? dependencies : dependencies.withDatabase(TestDatabases.fresh());
    Dependencies complete = stored.keys() != null ? stored : stored.withKeys(ApiKeys.in(stored.database(), stored.clock()));
    return new RunningServer(SmartServer.create(complete).start(0), complete);
  }

  Dependencies dependencies() {
    return dependencies;
  }

  /** A new key of {@code entity} with {@code role}, acting for {@code member} when the role is MEMBER. */
  String key(String entity, Role role, MemberId member) {
    return dependencies.keys().issue(EntityCode.of(entity), role, member, "test " + role).secret();
  }

  /** A new key of a cooperative administrator whose own entity is {@code entity}. */
  String cooperativeKey(String entity) {
    return dependencies.keys().issue(EntityCode.of(entity), Role.ADMIN, null, "test cooperative administrator", KeyScope.COOPERATIVE).secret();
  }

  static RunningServer start() {
    return start(Dependencies.standard());
  }

  Javalin app() {
    return app;
  }

  /** The routes it serves, as its router writes them ({@code /api/v1/invoices/{id}}). */
  List<String> routes() {
    return app.unsafe.internalRouter.allHttpHandlers().stream().map(parsed -> parsed.endpoint.path).distinct().toList();
  }

  URI uri(String path) {
    return URI.create("http://localhost:" + app.port() + path);
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  HttpResponse<String> post(String path, String json) {
    return post(path, "application/json", json);
  }

  HttpResponse<String> post(String path, String contentType, String body) {
    return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  /** Sends {@code request}, and fails when the answer is not the one the API description promises. */
  HttpResponse<String> send(HttpRequest request) {
    return send(request, HttpResponse.BodyHandlers.ofString());
  }

  /** Sends {@code request}, its answer's body read by {@code body} (a PDF's bytes), checked as {@link #send(HttpRequest)} does. */
  <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
    HttpResponse<T> response = exchange(request, body);
    List<String> broken = contract().violations(request, response);
    if (!broken.isEmpty()) {
      throw new AssertionError("the answer to " + request.method() + " " + request.uri().getPath() + " breaks the API description:\n  "
          + String.join("\n  ", broken) + "\nits body: " + ApiContract.text(response.body()));
    }
    return response;
  }

  private ApiContract contract() {
    if (contract == null) {
      synchronized (RunningServer.class) {
        if (contract == null) contract = new ApiContract(exchange(HttpRequest.newBuilder(uri("/openapi.json")).build()).body(), routes());
      }
    }
    return contract;
  }

  /** Sends {@code request} and hands back whatever comes, unchecked. */
  HttpResponse<String> exchange(HttpRequest request) {
    return exchange(request, HttpResponse.BodyHandlers.ofString());
  }

  private <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> body) {
    try {
      return client.send(request, body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + response.body(), e);
    }
  }

  /** The names of an object's fields, in order. */
  static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) names.add(it.next());
    return names;
  }

  @Override
  public void close() {
    app.stop();
    dependencies.database().close();
  }
}
