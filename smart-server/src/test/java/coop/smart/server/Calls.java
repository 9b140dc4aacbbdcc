package coop.smart.server;

import static coop.smart.server.RunningServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Authenticated calls to a running server, and the records most tests start from, made over HTTP. */
final class Calls {

  private final RunningServer server;

  Calls(RunningServer server) {
    this.server = server;
  }

  HttpResponse<String> send(String method, String path, String key, String body) {
    return server.send(request(method, path, key, body).build());
  }

  HttpResponse<String> keyed(String path, String key, String idempotencyKey, String body) {
    return server.send(request("POST", path, key, body).header("Idempotency-Key", idempotencyKey).build());
  }

  HttpResponse<String> matching(String path, String key, String etag, String body) {
    return matching("POST", path, key, etag, body);
  }

  HttpResponse<String> matching(String method, String path, String key, String etag, String body) {
    return server.send(request(method, path, key, body).header("If-Match", etag).build());
  }

  /** A member who bought a share, so may open and administer activities. */
  String shareholder(String key, String name) {
    HttpResponse<String> joined = send("POST", "/api/v1/members", key, "{\"kind\": \"NATURAL_PERSON\", \"name\": \"" + name + "\"}");
    assertThat(joined.statusCode()).as(joined.body()).isEqualTo(201);
    String id = json(joined).get("id").asText();
    HttpResponse<String> bought = matching("/api/v1/members/" + id + "/shares", key, "\"1\"", "{\"count\": 1, \"category\": \"A\"}");
    assertThat(bought.statusCode()).as(bought.body()).isEqualTo(200);
    return id;
  }

  /** A member without a share. */
  String member(String key, String name) {
    return json(send("POST", "/api/v1/members", key, "{\"kind\": \"NATURAL_PERSON\", \"name\": \"" + name + "\"}")).get("id").asText();
  }

  /** An activity opened by {@code administrator}. */
  JsonNode activity(String key, String name, String administrator) {
    HttpResponse<String> opened = send("POST", "/api/v1/activities", key, "{\"name\": \"" + name
        + "\", \"sector\": {\"name\": \"music\"}, \"administrators\": [\"" + administrator + "\"]}");
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    return json(opened);
  }

  /** Money a financing agreement brings the activity on {@code on}; the entity's fee is taken from it. */
  JsonNode fund(String key, String activity, String administrator, String amount, String on) {
    HttpResponse<String> received = send("POST", "/api/v1/activities/" + activity + "/receipts", key,
        "{\"kind\": \"FINANCING_AGREEMENT\", \"amount\": " + eur(amount) + ", \"on\": \"" + on + "\", \"administrator\": \"" + administrator + "\"}");
    assertThat(received.statusCode()).as(received.body()).isEqualTo(201);
    return json(received);
  }

  JsonNode read(String path, String key) {
    HttpResponse<String> read = send("GET", path, key, null);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    return json(read);
  }

  /** An amount in euros as the API writes it. */
  static JsonNode money(String amount) {
    try {
      return new ObjectMapper().readTree(eur(amount));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(amount, e);
    }
  }

  static String eur(String amount) {
    return "{\"amount\": \"" + amount + "\", \"currency\": \"EUR\"}";
  }

  /** A request with the key, when there is one, and the body as JSON, when there is one. */
  HttpRequest.Builder request(String method, String path, String key, String body) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(server.uri(path));
    if (key != null) builder.header("Authorization", "Bearer " + key);
    if (body == null) return builder.method(method, HttpRequest.BodyPublishers.noBody());
    return builder.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
  }
}
