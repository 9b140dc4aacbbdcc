package coop.smart.examples.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/**
 * What an integrator writes to call the SMart API with nothing but the JDK's HTTP client: a
 * bearer key on every request, an {@code Idempotency-Key} on every creation so a retry after a
 * timeout never creates twice, and {@code If-Match} with the version read on every change.
 */
public final class SmartClient {

  /** A response that is not what the call expected, with the server's problem details. */
  public static final class Refused extends RuntimeException {
    Refused(String call, HttpResponse<String> response) {
      super(call + " answered " + response.statusCode() + ": " + response.body());
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI base;
  private final String key;

  public SmartClient(URI base, String key) {
    this.base = base;
    this.key = key;
  }

  /** Creates a record; retried once with the same Idempotency-Key when the connection fails. */
  public JsonNode create(String path, String body) {
    HttpRequest request = request(path).header("Idempotency-Key", UUID.randomUUID().toString())
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    HttpResponse<String> response;
    try {
      response = send(request);
    } catch (UncheckedIOException lost) {
      response = send(request);
    }
    return expect(201, "POST " + path, response);
  }

  /** Changes a record read at {@code version}. */
  public JsonNode change(String path, long version, String body) {
    HttpRequest request = request(path).header("If-Match", "\"" + version + "\"").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    return expect(200, "POST " + path, send(request));
  }

  /** Runs a day's job, e.g. the salaries due on a date. */
  public JsonNode run(String path) {
    HttpRequest request = request(path).header("Idempotency-Key", UUID.randomUUID().toString())
        .POST(HttpRequest.BodyPublishers.noBody()).build();
    HttpResponse<String> response = send(request);
    if (response.statusCode() != 200 && response.statusCode() != 201) throw new Refused("POST " + path, response);
    return parse(response);
  }

  public JsonNode read(String path) {
    return expect(200, "GET " + path, send(request(path).GET().build()));
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10))
        .header("Authorization", "Bearer " + key).header("Content-Type", "application/json").header("Accept", "application/json");
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  private static JsonNode expect(int status, String call, HttpResponse<String> response) {
    if (response.statusCode() != status) throw new Refused(call, response);
    return parse(response);
  }

  private static JsonNode parse(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + response.body(), e);
    }
  }
}
