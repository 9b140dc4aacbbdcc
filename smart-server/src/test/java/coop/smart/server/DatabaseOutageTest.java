package coop.smart.server;

import static org.assertj.core.api.Assertions.assertThat;

import coop.smart.persistence.Database;
import coop.smart.persistence.LocalPostgres;
import coop.smart.core.operation.Role;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While the database is down, requests are refused at once with 503 (their key, kept in the
 * database, cannot be checked either), and the server recovers by itself.
 */
class DatabaseOutageTest {

  @Test
  void requestsAnswer503WithRetryAfter_within2s_healthWithin1s_andAllIsWellOnceTheDatabaseIsBack(@TempDir Path directory) throws Exception {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    LocalPostgres postgres = LocalPostgres.start(directory, port);
    Database database = Database.connect(postgres.jdbcUrl());
    try (CapturedLog quiet = new CapturedLog(coop.smart.server.http.Problems.class);
         CapturedLog health = new CapturedLog(coop.smart.server.ops.HealthController.class);
         RunningServer server = RunningServer.start(Dependencies.standard().withDatabase(database))) {
      String key = server.key("BE", Role.ADMIN, null);
      assertThat(createMember(server, key).statusCode()).isEqualTo(201);
      postgres.close();

      long started = System.nanoTime();
      HttpResponse<String> refused = createMember(server, key);
      Duration answeredIn = Duration.ofNanos(System.nanoTime() - started);
      assertThat(refused.statusCode()).isEqualTo(503);
      assertThat(refused.headers().firstValue("Retry-After")).contains("2");
      assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(answeredIn).isLessThan(Duration.ofSeconds(2));

      started = System.nanoTime();
      HttpResponse<String> down = server.get("/health");
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
      assertThat(down.statusCode()).isEqualTo(503);

      postgres = LocalPostgres.start(directory, port);
      int status = 0;
      for (int attempt = 0; attempt < 20 && status != 201; attempt++) status = createMember(server, key).statusCode();
      assertThat(status).as("answers again once the database is back").isEqualTo(201);
      assertThat(server.get("/health").statusCode()).isEqualTo(200);
    } finally {
      postgres.close();
    }
  }

  private static HttpResponse<String> createMember(RunningServer server, String key) {
    return server.send(HttpRequest.newBuilder(server.uri("/api/v1/members")).header("Authorization", "Bearer " + key)
        .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
        .POST(HttpRequest.BodyPublishers.ofString("{\"kind\": \"NATURAL_PERSON\", \"name\": \"Lena Maes\"}")).build());
  }
}
