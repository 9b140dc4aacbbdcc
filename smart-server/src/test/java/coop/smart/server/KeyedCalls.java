package coop.smart.server;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Requests to a running server with an API key, and the headers a change or a retry adds. */
record KeyedCalls(RunningServer server, String key) {

  HttpResponse<String> get(String path) {
    return server.send(request("GET", path, null).build());
  }

  /** {@code path} read with {@code Accept: mediaType}, its body as bytes (a PDF). */
  HttpResponse<byte[]> accept(String path, String mediaType) {
    return server.send(request("GET", path, null).header("Accept", mediaType).build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  HttpResponse<String> post(String path, String body) {
    return server.send(request("POST", path, body).build());
  }

  /** {@code body} posted as {@code contentType} (a bank statement's XML). */
  HttpResponse<String> post(String path, String contentType, String body) {
    return server.send(request("POST", path, null).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  /** A change made from the version {@code etag} names. */
  HttpResponse<String> change(String path, String etag, String body) {
    return server.send(request("POST", path, body).header("If-Match", etag).build());
  }

  HttpResponse<String> keyed(String path, String idempotencyKey, String body) {
    return server.send(request("POST", path, body).header("Idempotency-Key", idempotencyKey).build());
  }

  private HttpRequest.Builder request(String method, String path, String body) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(server.uri(path)).header("Authorization", "Bearer " + key);
    if (body == null) return builder.method(method, HttpRequest.BodyPublishers.noBody());
    return builder.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(body));
  }
}
