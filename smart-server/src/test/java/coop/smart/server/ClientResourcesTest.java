package coop.smart.server;

import static coop.smart.server.RunningServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import coop.smart.core.audit.AuditRecord;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.member.MemberId;
import coop.smart.persistence.JdbiAuditTrail;
import coop.smart.core.operation.Role;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Clients over HTTP: registration, correction with versions, roles, paging and entity isolation. */
class ClientResourcesTest extends StandardServer {

  private static final String PARC = "{\"name\": \"Théâtre du Parc\", \"country\": \"BE\", \"kind\": \"BUSINESS\", \"vatNumber\": \"BE 0123.456.789\"}";

  @Test
  void registersAClientAndReadsItBackWithItsVersion_andAudits() {
    String integrator = server.key("BE", Role.INTEGRATOR, null);
    HttpResponse<String> created = send("POST", "/api/v1/clients", integrator, PARC);
    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode client = json(created);
    assertThat(client.get("name").asText()).isEqualTo("Théâtre du Parc");
    assertThat(client.get("vatNumber").asText()).as("normalised").isEqualTo("BE0123456789");
    assertThat(client.get("kind").asText()).isEqualTo("BUSINESS");
    assertThat(client.get("entity").asText()).isEqualTo("BE");
    assertThat(client.get("version").asLong()).isEqualTo(1);
    assertThat(created.headers().firstValue("ETag")).hasValue("\"1\"");
    String location = created.headers().firstValue("Location").orElseThrow();
    assertThat(location).isEqualTo("/api/v1/clients/" + client.get("id").asText());
    HttpResponse<String> read = send("GET", location, integrator, null);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.headers().firstValue("ETag")).hasValue("\"1\"");
    assertThat(json(read)).isEqualTo(client);
    assertThat(audit("BE", client.get("id").asText())).extracting(AuditRecord::action).containsExactly("client.register");
  }

  @Test
  void refusesInvalidClientsNamingEachFieldAndStoresNothing() {
    String admin = server.key("ES", Role.ADMIN, null);
    HttpResponse<String> invalid = send("POST", "/api/v1/clients", admin,
        "{\"name\": \"Dan\", \"country\": \"XX\", \"kind\": \"CONSUMER\", \"vatNumber\": \"BE0123456789\"}");
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(json(invalid).get("errors")).extracting(error -> error.get("field").asText()).containsExactly("country", "vatNumber");
    HttpResponse<String> missing = send("POST", "/api/v1/clients", admin, "{\"country\": \"BE\"}");
    assertThat(json(missing).get("errors")).extracting(error -> error.get("field").asText()).containsExactly("name", "kind");
    assertThat(send("POST", "/api/v1/clients", admin, "{\"name\": \"X\", \"country\": \"BE\", \"kind\": \"ROBOT\"}").statusCode()).isEqualTo(400);
    assertThat(send("POST", "/api/v1/clients", admin, "{\"name\": \"X\", \"country\": \"BE\", \"kind\": \"CONSUMER\", \"vat\": \"\"}").statusCode())
        .isEqualTo(400);
    assertThat(json(send("GET", "/api/v1/clients", admin, null)).get("items")).isEmpty();
  }

  @Test
  void aCorrectionNeedsTheCurrentVersion_andOnlyOneOfTwoConcurrentCorrectionsWins() {
    String advisor = server.key("BE", Role.ADVISOR, null);
    String location = send("POST", "/api/v1/clients", advisor, PARC).headers().firstValue("Location").orElseThrow();
    String moved = "{\"name\": \"Théâtre du Parc\", \"country\": \"FR\", \"kind\": \"BUSINESS\", \"vatNumber\": \"FR12345678901\"}";
    assertThat(send("PUT", location, advisor, moved).statusCode()).as("without If-Match").isEqualTo(428);
    CompletableFuture<HttpResponse<String>> one = CompletableFuture.supplyAsync(() -> matching("PUT", location, advisor, "\"1\"", moved));
    CompletableFuture<HttpResponse<String>> other = CompletableFuture.supplyAsync(() -> matching("PUT", location, advisor, "\"1\"",
        moved.replace("FR12345678901", "FR98765432109")));
    List<HttpResponse<String>> both = new ArrayList<>(List.of(one.join(), other.join()));
    both.sort(Comparator.comparingInt(HttpResponse::statusCode));
    assertThat(both.get(0).statusCode()).isEqualTo(200);
    assertThat(both.get(0).headers().firstValue("ETag")).hasValue("\"2\"");
    assertThat(both.get(1).statusCode()).isEqualTo(412);
    JsonNode read = json(send("GET", location, advisor, null));
    assertThat(read.get("country").asText()).isEqualTo("FR");
    assertThat(read.get("vatNumber").asText()).as("the winner's change, not the refused one's").isEqualTo(json(both.get(0)).get("vatNumber").asText());
    assertThat(read.get("version").asLong()).isEqualTo(2);

    HttpResponse<String> invalid = matching("PUT", location, advisor, "\"2\"", "{\"name\": \"\", \"country\": \"FR\", \"kind\": \"CONSUMER\", \"vatNumber\": \"FR1\"}");
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(json(send("GET", location, advisor, null))).as("the refused correction changed nothing").isEqualTo(read);
    assertThat(audit("BE", read.get("id").asText())).extracting(AuditRecord::action).containsExactly("client.register", "client.change");
  }

  @Test
  void anIdempotentRetryReturnsTheFirstResponseAndRegistersOnce() {
    String admin = server.key("IT", Role.ADMIN, null);
    HttpResponse<String> first = keyed(admin, "client-parc", PARC);
    HttpResponse<String> retry = keyed(admin, "client-parc", PARC);
    assertThat(retry.statusCode()).isEqualTo(201);
    assertThat(retry.body()).isEqualTo(first.body());
    assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(keyed(admin, "client-parc", PARC.replace("Parc", "Nord")).statusCode()).isEqualTo(409);
    assertThat(json(send("GET", "/api/v1/clients", admin, null)).get("items")).hasSize(1);
  }

  @Test
  void aMembersKeyReadsAClientItKnowsButNeitherListsNorRegistersNorCorrects() {
    String admin = server.key("AT", Role.ADMIN, null);
    String location = send("POST", "/api/v1/clients", admin, PARC).headers().firstValue("Location").orElseThrow();
    String member = json(send("POST", "/api/v1/members", admin, "{\"kind\": \"NATURAL_PERSON\", \"name\": \"Anna\"}")).get("id").asText();
    String annasKey = server.key("AT", Role.MEMBER, MemberId.parse(member));
    assertThat(send("GET", location, annasKey, null).statusCode()).isEqualTo(200);
    HttpResponse<String> list = send("GET", "/api/v1/clients", annasKey, null);
    assertThat(list.statusCode()).isEqualTo(403);
    assertThat(json(list).get("type").asText()).isEqualTo("https://smart.coop/problems/forbidden");
    assertThat(send("POST", "/api/v1/clients", annasKey, PARC).statusCode()).isEqualTo(403);
    assertThat(matching("PUT", location, annasKey, "\"1\"", PARC).statusCode()).isEqualTo(403);
    assertThat(send("GET", "/api/v1/clients", null, null).statusCode()).isEqualTo(401);
  }

  @Test
  void aKeyNeverReachesAnotherEntitysClients() {
    String belgian = server.key("BE", Role.ADMIN, null);
    String french = server.key("FR", Role.ADMIN, null);
    String location = send("POST", "/api/v1/clients", belgian, PARC).headers().firstValue("Location").orElseThrow();
    HttpResponse<String> fromFrance = send("GET", location, french, null);
    assertThat(fromFrance.statusCode()).isEqualTo(404);
    assertThat(fromFrance.body()).doesNotContain("BE");
    assertThat(matching("PUT", location, french, "\"1\"", PARC).statusCode()).isEqualTo(404);
    assertThat(send("GET", "/api/v1/clients/not-an-id", french, null).statusCode()).isEqualTo(404);
    assertThat(json(send("GET", location, belgian, null)).get("version").asLong()).isEqualTo(1);
  }

  @Test
  void pagesThroughEveryClientOnce() {
    String admin = server.key("SE", Role.ADMIN, null);
    Set<String> created = new HashSet<>();
    for (int i = 0; i < 7; i++) {
      created.add(json(send("POST", "/api/v1/clients", admin, "{\"name\": \"C" + i + "\", \"country\": \"SE\", \"kind\": \"CONSUMER\"}"))
          .get("id").asText());
    }
    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      JsonNode page = json(send("GET", "/api/v1/clients?limit=3" + (cursor == null ? "" : "&cursor=" + cursor), admin, null));
      assertThat(page.get("items").size()).isLessThanOrEqualTo(3);
      page.get("items").forEach(client -> seen.add(client.get("id").asText()));
      cursor = page.hasNonNull("nextCursor") ? page.get("nextCursor").asText() : null;
    } while (cursor != null);
    assertThat(seen).hasSize(7).containsExactlyInAnyOrderElementsOf(created);
    assertThat(send("GET", "/api/v1/clients?limit=0", admin, null).statusCode()).isEqualTo(400);
  }

  private static List<AuditRecord> audit(String entity, String clientId) {
    return new JdbiAuditTrail(server.dependencies().database(), EntityCode.of(entity)).about("client", clientId);
  }

  private static HttpResponse<String> keyed(String key, String idempotencyKey, String body) {
    return new Calls(server).keyed("/api/v1/clients", key, idempotencyKey, body);
  }

  private static HttpResponse<String> matching(String method, String path, String key, String etag, String body) {
    return new Calls(server).matching(method, path, key, etag, body);
  }

  static HttpResponse<String> send(String method, String path, String key, String body) {
    return new Calls(server).send(method, path, key, body);
  }
}
