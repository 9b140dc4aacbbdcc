package coop.smart.server;

import static coop.smart.server.RunningServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import coop.smart.core.member.MemberId;
import coop.smart.core.operation.Role;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Members over HTTP: keys and roles, idempotent creation, versions, paging and entity isolation. */
class MemberResourcesTest extends StandardServer {

  private static final String ANNA = "{\"kind\": \"NATURAL_PERSON\", \"name\": \"Anna Peeters\"}";

  @Test
  void refusesARequestWithoutAKnownKey() {
    HttpResponse<String> none = server.get("/api/v1/members");
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
    assertThat(json(none).get("type").asText()).isEqualTo("https://smart.coop/problems/unauthorized");
    assertThat(send("GET", "/api/v1/members", "smart_000000000000_forged", null).statusCode()).isEqualTo(401);
  }

  @Test
  void aBodyOfJustNull_isRefusedNamingTheBody_andCreatesNothing() {
    String admin = server.key("HU", Role.ADMIN, null);
    HttpResponse<String> refused = send("POST", "/api/v1/members", admin, "null");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json(refused).get("errors").get(0).get("field").asText()).isEqualTo("body");
    assertThat(json(send("GET", "/api/v1/members", admin, null)).get("items")).isEmpty();
  }

  @Test
  void createsAMemberAndReadsItBackWithItsVersion() {
    String admin = server.key("BE", Role.ADMIN, null);
    HttpResponse<String> created = send("POST", "/api/v1/members", admin, ANNA);
    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode member = json(created);
    assertThat(member.get("name").asText()).isEqualTo("Anna Peeters");
    assertThat(member.get("entity").asText()).isEqualTo("BE");
    assertThat(member.get("version").asLong()).isEqualTo(1);
    assertThat(created.headers().firstValue("ETag")).hasValue("\"1\"");
    String location = created.headers().firstValue("Location").orElseThrow();
    HttpResponse<String> read = send("GET", location, admin, null);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(json(read)).isEqualTo(member);
  }

  @Test
  void anIdempotentRetryReturnsTheFirstResponseAndCreatesNothingTwice() {
    String admin = server.key("BE", Role.ADMIN, null);
    HttpResponse<String> first = keyed(admin, "join-anna-1", ANNA);
    HttpResponse<String> retry = keyed(admin, "join-anna-1", ANNA);
    assertThat(retry.statusCode()).isEqualTo(201);
    assertThat(retry.body()).isEqualTo(first.body());
    assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
    assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    HttpResponse<String> other = keyed(admin, "join-anna-1", "{\"kind\": \"NATURAL_PERSON\", \"name\": \"Bob\"}");
    assertThat(other.statusCode()).isEqualTo(409);
    assertThat(json(other).get("detail").asText()).contains("join-anna-1");
  }

  @Test
  void anIdempotencyKeyBelongsToTheApiKeyThatUsedIt_anotherCallerCannotTakeIt() {
    String integrator = server.key("AT", Role.INTEGRATOR, null);
    HttpResponse<String> first = keyed(integrator, "order-42", ANNA);
    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
    HttpResponse<String> fromAnAdmin = keyed(server.key("AT", Role.ADMIN, null), "order-42", "{\"kind\": \"NATURAL_PERSON\", \"name\": \"Bob\"}");
    assertThat(fromAnAdmin.statusCode()).as("another API key, the same Idempotency-Key: a request of its own").isEqualTo(201);
    assertThat(json(fromAnAdmin).get("id")).isNotEqualTo(json(first).get("id"));
  }

  @Test
  void anIdempotencyKeyIsKeptADay_thenStartsANewRequest() {
    TestClock clock = TestClock.on(LocalDate.of(2017, 7, 14));
    try (RunningServer own = RunningServer.start(Dependencies.standard().withClock(clock))) {
      String admin = own.key("BE", Role.ADMIN, null);
      Calls calls = new Calls(own);
      HttpResponse<String> first = calls.keyed("/api/v1/members", admin, "join-anna", ANNA);
      clock.move(Duration.ofHours(23));
      HttpResponse<String> retry = calls.keyed("/api/v1/members", admin, "join-anna", ANNA);
      assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
      assertThat(json(retry).get("id")).isEqualTo(json(first).get("id"));
      clock.move(Duration.ofHours(2));
      HttpResponse<String> dayLater = calls.keyed("/api/v1/members", admin, "join-anna", "{\"kind\": \"NATURAL_PERSON\", \"name\": \"Bob\"}");
      assertThat(dayLater.statusCode()).isEqualTo(201);
      assertThat(dayLater.headers().firstValue("Idempotent-Replayed")).isEmpty();
      assertThat(json(dayLater).get("name").asText()).isEqualTo("Bob");
    }
  }

  @Test
  void concurrentRetriesOfOneKeyCreateOneMember() {
    String admin = server.key("NL", Role.ADMIN, null);
    List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
    for (int i = 0; i < 8; i++) calls.add(CompletableFuture.supplyAsync(() -> keyed(admin, "join-once", ANNA)));
    Set<String> bodies = new HashSet<>();
    calls.forEach(call -> {
      HttpResponse<String> response = call.join();
      assertThat(response.statusCode()).isEqualTo(201);
      bodies.add(response.body());
    });
    assertThat(bodies).hasSize(1);
    assertThat(json(send("GET", "/api/v1/members", admin, null)).get("items")).hasSize(1);
  }

  @Test
  void aChangeNeedsTheCurrentVersionAndOnlyOneOfTwoConcurrentChangesWins() {
    String advisor = server.key("BE", Role.ADVISOR, null);
    String location = send("POST", "/api/v1/members", advisor, ANNA).headers().firstValue("Location").orElseThrow();
    String shares = "{\"count\": 1, \"category\": \"A\"}";
    assertThat(send("POST", location + "/shares", advisor, shares).statusCode()).as("without If-Match").isEqualTo(428);
    CompletableFuture<HttpResponse<String>> one = CompletableFuture.supplyAsync(() -> matching(advisor, location + "/shares", "\"1\"", shares));
    CompletableFuture<HttpResponse<String>> other = CompletableFuture.supplyAsync(() -> matching(advisor, location + "/shares", "\"1\"", shares));
    List<HttpResponse<String>> both = new ArrayList<>(List.of(one.join(), other.join()));
    both.sort(Comparator.comparingInt(HttpResponse::statusCode));
    HttpResponse<String> first = both.get(0);
    HttpResponse<String> second = both.get(1);
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("ETag")).hasValue("\"2\"");
    assertThat(json(first).get("shares").get("count").asInt()).isEqualTo(1);
    assertThat(second.statusCode()).isEqualTo(412);
    assertThat(json(second).get("type").asText()).isEqualTo("https://smart.coop/problems/stale-version");
    assertThat(json(send("GET", location, advisor, null)).get("shares").get("count").asInt()).as("the refused change changed nothing").isEqualTo(1);
  }

  @Test
  void pagesThroughEveryMemberOnce() {
    String admin = server.key("SE", Role.ADMIN, null);
    Set<String> created = new HashSet<>();
    for (int i = 0; i < 7; i++) {
      created.add(json(send("POST", "/api/v1/members", admin, "{\"kind\": \"NATURAL_PERSON\", \"name\": \"M" + i + "\"}")).get("id").asText());
    }
    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      JsonNode page = json(send("GET", "/api/v1/members?limit=3" + (cursor == null ? "" : "&cursor=" + cursor), admin, null));
      page.get("items").forEach(member -> seen.add(member.get("id").asText()));
      cursor = page.hasNonNull("nextCursor") ? page.get("nextCursor").asText() : null;
    } while (cursor != null);
    assertThat(seen).hasSize(7).containsExactlyInAnyOrderElementsOf(created);
    assertThat(send("GET", "/api/v1/members?limit=501", admin, null).statusCode()).isEqualTo(400);
    assertThat(send("GET", "/api/v1/members?cursor=nonsense!", admin, null).statusCode()).isEqualTo(400);
  }

  @Test
  void aKeyNeverReachesAnotherEntitysMembers() {
    String belgian = server.key("BE", Role.ADMIN, null);
    String french = server.key("FR", Role.ADMIN, null);
    String location = send("POST", "/api/v1/members", belgian, ANNA).headers().firstValue("Location").orElseThrow();
    HttpResponse<String> fromFrance = send("GET", location, french, null);
    assertThat(fromFrance.statusCode()).isEqualTo(404);
    assertThat(fromFrance.body()).doesNotContain("BE");
    assertThat(matching(french, location + "/shares", "\"1\"", "{\"count\": 1, \"category\": \"A\"}").statusCode()).isEqualTo(404);
  }

  @Test
  void aMembersKeySeesItsOwnMemberOnlyAndCannotCreate() {
    String admin = server.key("AT", Role.ADMIN, null);
    JsonNode anna = json(send("POST", "/api/v1/members", admin, ANNA));
    JsonNode bob = json(send("POST", "/api/v1/members", admin, "{\"kind\": \"NATURAL_PERSON\", \"name\": \"Bob\"}"));
    String annasKey = server.key("AT", Role.MEMBER, MemberId.parse(anna.get("id").asText()));
    assertThat(send("GET", "/api/v1/members/" + anna.get("id").asText(), annasKey, null).statusCode()).isEqualTo(200);
    assertThat(send("GET", "/api/v1/members/" + bob.get("id").asText(), annasKey, null).statusCode()).isEqualTo(404);
    assertThat(json(send("GET", "/api/v1/members", annasKey, null)).get("items")).extracting(item -> item.get("id").asText())
        .containsExactly(anna.get("id").asText());
    HttpResponse<String> create = send("POST", "/api/v1/members", annasKey, ANNA);
    assertThat(create.statusCode()).isEqualTo(403);
    assertThat(json(create).get("type").asText()).isEqualTo("https://smart.coop/problems/forbidden");
  }

  @Test
  void refusesInvalidMembersNamingTheFieldAndStoresNothing() {
    String admin = server.key("ES", Role.ADMIN, null);
    HttpResponse<String> missing = send("POST", "/api/v1/members", admin, "{\"kind\": \"NATURAL_PERSON\"}");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(json(missing).get("errors").get(0).get("field").asText()).isEqualTo("name");
    assertThat(send("POST", "/api/v1/members", admin, "{\"kind\": \"ROBOT\", \"name\": \"X\"}").statusCode()).isEqualTo(400);
    assertThat(send("POST", "/api/v1/members", admin, "{\"kind\": \"NATURAL_PERSON\", \"name\": \"X\", \"nmae\": 1}").statusCode()).isEqualTo(400);
    assertThat(json(send("GET", "/api/v1/members", admin, null)).get("items")).isEmpty();
  }

  private static HttpResponse<String> keyed(String key, String idempotencyKey, String body) {
    return new Calls(server).keyed("/api/v1/members", key, idempotencyKey, body);
  }

  private static HttpResponse<String> matching(String key, String path, String etag, String body) {
    return new Calls(server).matching(path, key, etag, body);
  }

  static HttpResponse<String> send(String method, String path, String key, String body) {
    return new Calls(server).send(method, path, key, body);
  }
}
