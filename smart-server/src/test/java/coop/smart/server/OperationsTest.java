package coop.smart.server;

import static coop.smart.server.RunningServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import coop.smart.core.operation.Role;
import coop.smart.server.http.RequestLog;
import coop.smart.server.ops.HealthCheck;
import coop.smart.server.ops.HealthController;
import io.javalin.http.HandlerType;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import io.javalin.router.Endpoint;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Health, metrics, the API description and its page, request ids and logs, and a graceful stop. */
class OperationsTest {

  @Test
  void reportsHealthFromEveryCheck() {
    try (RunningServer bare = RunningServer.start()) {
      HttpResponse<String> response = bare.get("/health");
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(json(response).get("status").asText()).isEqualTo("UP");
    }
    HealthCheck disk = check("disk", () -> { });
    HealthCheck keys = check("keys", () -> {
      throw new IllegalStateException("unreadable");
    });
    try (CapturedLog log = new CapturedLog(HealthController.class);
         RunningServer failing = RunningServer.start(Dependencies.standard().withHealthChecks(List.of(disk, keys)))) {
      HttpResponse<String> response = failing.get("/health");
      assertThat(response.statusCode()).isEqualTo(503);
      JsonNode health = json(response);
      assertThat(health.get("status").asText()).isEqualTo("DOWN");
      assertThat(health.get("checks").get("database").asText()).isEqualTo("UP");
      assertThat(health.get("checks").get("disk").asText()).isEqualTo("UP");
      assertThat(health.get("checks").get("keys").asText()).isEqualTo("DOWN");
      assertThat(response.body()).doesNotContain("unreadable");
      assertThat(log.events()).anySatisfy(event -> assertThat(event.getThrowableProxy().getMessage()).isEqualTo("unreadable"));
    }
  }

  @Test
  void countsAndTimesRequestsByRouteForPrometheus() {
    try (RunningServer server = RunningServer.start()) {
      server.get("/api/v1/entities/BE?on=2017-07-14");
      server.get("/api/v1/entities/FR?on=2017-07-14");
      server.get("/no/such/route");
      HttpResponse<String> metrics = server.get("/metrics");
      assertThat(metrics.statusCode()).isEqualTo(200);
      assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
      assertThat(metrics.body())
          .contains("http_server_requests_seconds_count{method=\"GET\",route=\"/api/v1/entities/{code}\",status=\"200\"} 2")
          .contains("http_server_requests_seconds_count{method=\"GET\",route=\"NOT_FOUND\",status=\"404\"} 1")
          .contains("http_server_requests_seconds_bucket{method=\"GET\",route=\"/api/v1/entities/{code}\",status=\"200\",le=");
    }
  }

  @Test
  void inventedMethodsShareOneSeries_soMetricsStayBounded() {
    try (RunningServer server = RunningServer.start()) {
      for (int i = 0; i < 30; i++) {
        server.send(HttpRequest.newBuilder(server.uri("/health")).method("M" + i, HttpRequest.BodyPublishers.noBody()).build());
      }
      String metrics = server.get("/metrics").body();
      assertThat(metrics).doesNotContain("method=\"M1\"").contains("method=\"OTHER\"");
    }
  }

  @Test
  void aMethodOverrideHeaderIsIgnored_aGetNeverRevokesAKey() {
    try (RunningServer server = RunningServer.start()) {
      String admin = server.key("BE", Role.ADMIN, null);
      String other = server.key("BE", Role.ADVISOR, null);
      String otherId = other.split("_")[1];
      HttpResponse<String> tunnelled = server.send(HttpRequest.newBuilder(server.uri("/api/v1/api-keys/" + otherId))
          .header("Authorization", "Bearer " + admin).header("X-HTTP-Method-Override", "DELETE").GET().build());
      assertThat(tunnelled.statusCode()).isNotEqualTo(204);
      HttpResponse<String> stillValid = server.send(HttpRequest.newBuilder(server.uri("/api/v1/members"))
          .header("Authorization", "Bearer " + other).GET().build());
      assertThat(stillValid.statusCode()).isEqualTo(200);
    }
  }

  @Test
  void everyAnswerForbidsTypeSniffing_andNoAnswerToAKeyIsCached() {
    try (RunningServer server = RunningServer.start()) {
      HttpResponse<String> open = server.get("/api/v1/entities");
      assertThat(open.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
      String admin = server.key("BE", Role.ADMIN, null);
      HttpResponse<String> issued = server.send(HttpRequest.newBuilder(server.uri("/api/v1/api-keys")).header("Authorization", "Bearer " + admin)
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"role\": \"ADVISOR\", \"label\": \"laptop\"}"))
          .build());
      assertThat(issued.statusCode()).isEqualTo(201);
      assertThat(issued.headers().firstValue("Cache-Control")).as("the answer carrying a new secret").hasValue("no-store");
      HttpResponse<String> refused = server.send(HttpRequest.newBuilder(server.uri("/api/v1/members/not-an-id"))
          .header("Authorization", "Bearer " + admin).GET().build());
      assertThat(refused.headers().firstValue("Cache-Control")).as("a refusal too").hasValue("no-store");
      assertThat(refused.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }
  }

  @Test
  void showsTheDatabasePoolInMetrics() {
    try (RunningServer server = RunningServer.start()) {
      assertThat(server.get("/health").statusCode()).isEqualTo(200);
      assertThat(server.get("/metrics").body())
          .contains("hikaricp_connections_active{pool=\"smart\"} 0")
          .contains("hikaricp_connections_pending{pool=\"smart\"} 0")
          .containsPattern("hikaricp_connections_max\\{pool=\"smart\"\\} \\d+");
    }
  }

  @Test
  void tellsItsNameAndVersion() {
    try (RunningServer server = RunningServer.start()) {
      HttpResponse<String> response = server.get("/version");
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json").contains("utf-8"));
      JsonNode version = json(response);
      assertThat(RunningServer.fields(version)).containsExactly("name", "version");
      assertThat(version.get("name").asText()).isEqualTo("smart-server");
      assertThat(version.get("version").asText()).matches("\\d+\\.\\d+\\.\\d+.*");
    }
  }

  @Test
  void describesEveryRouteItServesAndNothingElse() {
    try (RunningServer server = RunningServer.start()) {
      HttpResponse<String> response = server.get("/openapi.json");
      assertThat(response.statusCode()).isEqualTo(200);
      JsonNode openApi = json(response);
      assertThat(openApi.get("openapi").asText()).startsWith("3.");
      Set<String> documented = new TreeSet<>();
      openApi.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
          .forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey())));
      Set<String> served = new TreeSet<>();
      for (var parsed : server.app().unsafe.internalRouter.allHttpHandlers()) {
        Endpoint endpoint = parsed.endpoint;
        if (HandlerType.commonHttp().contains(endpoint.method) && endpoint.method != HandlerType.HEAD && !ApiContract.page(endpoint.path)) {
          served.add(endpoint.method + " " + endpoint.path);
        }
      }
      assertThat(documented).isEqualTo(served);
    }
  }

  @Test
  void theDescriptionPassesAnOpenApi31Linter() {
    try (RunningServer server = RunningServer.start()) {
      HttpResponse<String> served = server.get("/openapi.json");
      ParseOptions full = new ParseOptions();
      full.setResolve(true);
      full.setValidateInternalRefs(true);
      SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(served.body(), null, full);
      assertThat(parsed.getMessages()).as("unknown or mistyped attributes, unresolved $refs, repeated operationIds").isEmpty();
      OpenAPI api = parsed.getOpenAPI();
      assertThat(api.getSpecVersion()).isEqualTo(SpecVersion.V31);
      // What the parser lets through and the usual linters' recommended rules refuse:
      assertThat(api.getServers()).as("servers").isNotEmpty();
      api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) ->
          assertThat(operation.getSecurity() != null || api.getSecurity() != null).as("%s %s says who may call it (security: [] when anyone may)",
              method, path).isTrue()));
      assertThat(nullableKeywords(json(served), "")).as("OpenAPI 3.0's nullable, which 3.1 ignores: a type array [..., \"null\"] says it").isEmpty();
    }
  }

  @Test
  void rendersTheDescriptionWithSwaggerUi() {
    try (RunningServer server = RunningServer.start()) {
      HttpResponse<String> page = server.get("/docs");
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
      assertThat(page.body()).contains("/docs.js").doesNotContain("${", "<script>");
      assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
          assertThat(policy).contains("script-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe"));
      HttpResponse<String> script = server.get("/docs.js");
      assertThat(script.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/javascript"));
      assertThat(script.body()).contains("/openapi.json");
      Matcher assets = Pattern.compile("(?:src|href)=\"(/webjars/[^\"]+)\"").matcher(page.body());
      int found = 0;
      while (assets.find()) {
        found++;
        assertThat(server.get(assets.group(1)).statusCode()).as(assets.group(1)).isEqualTo(200);
      }
      assertThat(found).isEqualTo(2);
    }
  }

  @Test
  void givesEveryRequestAnIdAndLogsItAsFields() {
    try (CapturedLog log = new CapturedLog(RequestLog.class); RunningServer server = RunningServer.start()) {
      HttpResponse<String> response = server.get("/api/v1/entities/NO");
      String id = response.headers().firstValue("X-Request-Id").orElseThrow();
      assertThat(UUID.fromString(id)).satisfies(uuid -> {
        assertThat(uuid.version()).isEqualTo(4);
        assertThat(uuid.variant()).isEqualTo(2);
      });
      HttpResponse<String> traced = server.send(HttpRequest.newBuilder(server.uri("/health")).header("X-Request-Id", "trace-42").build());
      assertThat(traced.headers().firstValue("X-Request-Id")).hasValue("trace-42");
      HttpResponse<String> forged = server.send(HttpRequest.newBuilder(server.uri("/health")).header("X-Request-Id", "a b\tc").build());
      assertThat(forged.headers().firstValue("X-Request-Id")).hasValueSatisfying(value -> assertThat(value).doesNotContain(" "));
      assertThat(log.events()).anySatisfy(event -> assertThat(CapturedLog.fields(event))
          .containsEntry("requestId", id).containsEntry("method", "GET").containsEntry("path", "/api/v1/entities/NO")
          .containsEntry("status", 404).containsKey("ms"));
      String key = server.key("BE", Role.ADVISOR, null);
      server.send(HttpRequest.newBuilder(server.uri("/api/v1/members")).header("Authorization", "Bearer " + key).build());
      assertThat(log.events()).as("the key, by its public id only").anySatisfy(event -> assertThat(CapturedLog.fields(event))
          .containsEntry("path", "/api/v1/members").containsEntry("key", key.split("_")[1]));
      assertThat(log.events().toString()).doesNotContain(key);
    }
  }

  @Test
  void finishesRequestsInFlightWhenStopped() throws Exception {
    CountDownLatch entered = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    HealthCheck slow = check("slow", () -> {
      entered.countDown();
      release.await();
    });
    RunningServer server = RunningServer.start(Dependencies.standard().withHealthChecks(List.of(slow)).withStopTimeout(Duration.ofSeconds(10)));
    CompletableFuture<HttpResponse<String>> inFlight = HttpClient.newHttpClient()
        .sendAsync(HttpRequest.newBuilder(server.uri("/health")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();
    Thread stopping = new Thread(server::close);
    stopping.start();
    stopping.join(300);
    assertThat(stopping.isAlive()).as("stop waits for the request in flight").isTrue();
    release.countDown();
    assertThat(inFlight.get(5, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
    stopping.join(5_000);
    assertThat(stopping.isAlive()).isFalse();
  }

  private interface Probe {
    void run() throws Exception;
  }

  private static HealthCheck check(String name, Probe probe) {
    return new HealthCheck() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public void check() throws Exception {
        probe.run();
      }
    };
  }

  /** Where {@code node} uses {@code nullable} as a keyword (a property of that name excepted), by JSON pointer. */
  private static List<String> nullableKeywords(JsonNode node, String pointer) {
    List<String> found = new ArrayList<>();
    if (node.isObject() && node.has("nullable") && !pointer.endsWith("/properties")) found.add(pointer);
    node.properties().forEach(field -> found.addAll(nullableKeywords(field.getValue(), pointer + "/" + field.getKey())));
    for (int i = 0; node.isArray() && i < node.size(); i++) found.addAll(nullableKeywords(node.get(i), pointer + "/" + i));
    return found;
  }
}
