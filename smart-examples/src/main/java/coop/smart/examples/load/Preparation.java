package coop.smart.examples.load;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The records a scenario needs before its clock starts (members with a share, clients), made
 * one by one through the API as an integrator would, each call bounded in time.
 */
final class Preparation {

  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
  private final URI base;
  private final String key;

  Preparation(Target target) {
    this.base = target.base();
    this.key = target.key();
  }

  /** Whether the server's API description has {@code method path}: resources may be missing from older servers. */
  boolean serves(String method, String path) {
    JsonNode operation = call("GET", "/openapi.json", null, null, 200).path("paths").path(path).path(method.toLowerCase());
    return !operation.isMissingNode();
  }

  /** A new member holding one share of category A, so the cooperative's member-only rules pass; its id. */
  String member(String name) {
    HttpResponse<String> joined = send("POST", "/api/v1/members", null, "{\"kind\": \"NATURAL_PERSON\", \"name\": \"" + name + "\"}", 201);
    String id = read(joined).get("id").asText();
    String version = joined.headers().firstValue("ETag").orElseThrow(() -> new IllegalStateException("a new member came without an ETag"));
    call("POST", "/api/v1/members/" + id + "/shares", version, "{\"count\": 1, \"category\": \"A\"}", 200);
    return id;
  }

  /** A new client in Belgium buying as a consumer; its id. */
  String client(String name) {
    return call("POST", "/api/v1/clients", null, "{\"name\": \"" + name + "\", \"country\": \"BE\", \"kind\": \"CONSUMER\"}", 201)
        .get("id").asText();
  }

  private JsonNode call(String method, String path, String ifMatch, String json, int expected) {
    return read(send(method, path, ifMatch, json, expected));
  }

  private HttpResponse<String> send(String method, String path, String ifMatch, String json, int expected) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT)
        .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
    if (json != null) request.header("Content-Type", "application/json");
    if (key != null) request.header("Authorization", "Bearer " + key);
    if (ifMatch != null) request.header("If-Match", ifMatch);
    HttpResponse<String> response;
    try {
      response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare the load: " + method + " " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted preparing the load", e);
    }
    if (response.statusCode() != expected) {
      throw new IllegalStateException("preparing the load: " + method + " " + path + " answered " + response.statusCode() + ": " + response.body());
    }
    return response;
  }

  private static JsonNode read(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + response.body(), e);
    }
  }
}
