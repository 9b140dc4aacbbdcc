package coop.smart.server;

import static coop.smart.server.MemberResourcesTest.send;
import static coop.smart.server.RunningServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.operation.Role;
import coop.smart.persistence.JdbiAuditTrail;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** An entity's administrators issue, list and revoke its keys, a cooperative administrator any entity's; secrets are shown once. */
class ApiKeyResourcesTest extends StandardServer {

  @Test
  void anAdministratorIssuesAMembersKeyThatSeesThatMember() {
    String admin = server.key("BE", Role.ADMIN, null);
    String member = json(send("POST", "/api/v1/members", admin, "{\"kind\": \"NATURAL_PERSON\", \"name\": \"Anna\"}")).get("id").asText();
    HttpResponse<String> issued = send("POST", "/api/v1/api-keys", admin,
        "{\"role\": \"MEMBER\", \"member\": \"" + member + "\", \"label\": \"Anna's phone\"}");
    assertThat(issued.statusCode()).isEqualTo(201);
    JsonNode key = json(issued);
    assertThat(key.get("role").asText()).isEqualTo("MEMBER");
    assertThat(key.get("key").asText()).startsWith("smart_" + key.get("id").asText() + "_");
    assertThat(send("GET", "/api/v1/members/" + member, key.get("key").asText(), null).statusCode()).isEqualTo(200);
    JsonNode listed = json(send("GET", "/api/v1/api-keys", admin, null)).get("items");
    assertThat(listed.toString()).contains(key.get("id").asText()).doesNotContain(key.get("key").asText());
  }

  @Test
  void aRetryGetsTheKeyWithoutItsSecret() {
    String admin = server.key("FR", Role.ADMIN, null);
    String body = "{\"role\": \"INTEGRATOR\", \"label\": \"billing system\"}";
    HttpRequest.Builder request = HttpRequest.newBuilder(server.uri("/api/v1/api-keys")).header("Authorization", "Bearer " + admin)
        .header("Content-Type", "application/json").header("Idempotency-Key", "issue-billing").POST(HttpRequest.BodyPublishers.ofString(body));
    JsonNode first = json(server.send(request.build()));
    HttpResponse<String> retry = server.send(request.build());
    assertThat(retry.statusCode()).isEqualTo(201);
    assertThat(json(retry).get("id")).isEqualTo(first.get("id"));
    assertThat(json(retry).has("key")).isFalse();
    assertThat(json(send("GET", "/api/v1/api-keys", admin, null)).get("items")).hasSize(2);
  }

  @Test
  void twoAdminKeysRevokingEachOtherAtOnce_leaveTheEntityOneAdmin() {
    String first = server.key("SE", Role.ADMIN, null);
    String second = server.key("SE", Role.ADMIN, null);
    CompletableFuture<HttpResponse<String>> one = CompletableFuture.supplyAsync(
        () -> send("DELETE", "/api/v1/api-keys/" + second.split("_")[1], first, null));
    CompletableFuture<HttpResponse<String>> other = CompletableFuture.supplyAsync(
        () -> send("DELETE", "/api/v1/api-keys/" + first.split("_")[1], second, null));
    List<Integer> statuses = List.of(one.join().statusCode(), other.join().statusCode());

    assertThat(statuses).containsOnlyOnce(204);
    String survivor = one.join().statusCode() == 204 ? first : second;
    assertThat(json(send("GET", "/api/v1/api-keys", survivor, null)).get("items")).singleElement()
        .satisfies(key -> assertThat(key.get("role").asText()).isEqualTo("ADMIN"));
  }

  @Test
  void aLabelOfControlCharactersOrTooLong_isRefusedNamingTheField_andIssuesNothing() {
    String admin = server.key("ES", Role.ADMIN, null);
    for (String label : List.of("laptop\\nx", "tab\\there", "nul\\u0000", "x".repeat(201))) {
      HttpResponse<String> refused = send("POST", "/api/v1/api-keys", admin, "{\"role\": \"ADVISOR\", \"label\": \"" + label + "\"}");
      assertThat(refused.statusCode()).as(label).isEqualTo(400);
      assertThat(json(refused).get("errors").get(0).get("field").asText()).isEqualTo("label");
    }
    assertThat(json(send("GET", "/api/v1/api-keys", admin, null)).get("items")).hasSize(1);
  }

  @Test
  void aRevokedKeyIsRefusedAtOnce() {
    String admin = server.key("NL", Role.ADMIN, null);
    JsonNode advisor = json(send("POST", "/api/v1/api-keys", admin, "{\"role\": \"ADVISOR\", \"label\": \"desk\"}"));
    assertThat(send("GET", "/api/v1/members", advisor.get("key").asText(), null).statusCode()).isEqualTo(200);
    assertThat(send("DELETE", "/api/v1/api-keys/" + advisor.get("id").asText(), admin, null).statusCode()).isEqualTo(204);
    assertThat(send("GET", "/api/v1/members", advisor.get("key").asText(), null).statusCode()).isEqualTo(401);
    assertThat(send("DELETE", "/api/v1/api-keys/" + advisor.get("id").asText(), admin, null).statusCode()).isEqualTo(404);
  }

  @Test
  void refusesWhatWouldMisuseKeys() {
    String admin = server.key("HU", Role.ADMIN, null);
    String adminId = admin.split("_")[1];
    HttpResponse<String> self = send("DELETE", "/api/v1/api-keys/" + adminId, admin, null);
    assertThat(self.statusCode()).isEqualTo(422);
    assertThat(json(self).get("rule").asText()).isEqualTo("SELF_REVOCATION");
    assertThat(send("POST", "/api/v1/api-keys", admin, "{\"role\": \"MEMBER\", \"label\": \"x\"}").statusCode()).isEqualTo(400);
    assertThat(send("POST", "/api/v1/api-keys", admin, "{\"role\": \"MEMBER\", \"member\": \"6f1c1b8e-0000-4000-8000-000000000000\", \"label\": \"x\"}")
        .statusCode()).as("an unknown member").isEqualTo(404);
    String advisor = server.key("HU", Role.ADVISOR, null);
    assertThat(send("POST", "/api/v1/api-keys", advisor, "{\"role\": \"ADMIN\", \"label\": \"escalate\"}").statusCode()).isEqualTo(403);
    String otherEntity = server.key("DE", Role.ADMIN, null);
    assertThat(send("DELETE", "/api/v1/api-keys/" + adminId, otherEntity, null).statusCode()).isEqualTo(404);
    assertThat(json(send("GET", "/api/v1/api-keys", admin, null)).get("items")).hasSize(2);
  }

  @Test
  void aCooperativeAdministratorIssuesAnItalianKey_thatWorksInItaly_andListsAndRevokesItalysKeys() {
    String cooperative = server.cooperativeKey("BE");
    HttpResponse<String> issued = send("POST", "/api/v1/api-keys", cooperative,
        "{\"entity\": \"IT\", \"role\": \"ADMIN\", \"label\": \"SMart Italia's administrator\"}");
    assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
    JsonNode key = json(issued);
    assertThat(key.get("entity").asText()).isEqualTo("IT");
    assertThat(key.get("scope").asText()).isEqualTo("ENTITY");
    assertThat(new JdbiAuditTrail(server.dependencies().database(), EntityCode.of("IT")).about("api-key", key.get("id").asText()))
        .as("in Italy's trail, by whom").singleElement().satisfies(record -> {
          assertThat(record.action()).isEqualTo("api-key.issue");
          assertThat(record.actor()).isEqualTo("key " + cooperative.split("_")[1] + " (cooperative ADMIN of BE)");
        });
    String italian = key.get("key").asText();
    HttpResponse<String> joined = send("POST", "/api/v1/members", italian, "{\"kind\": \"NATURAL_PERSON\", \"name\": \"Giulia\"}");
    assertThat(joined.statusCode()).isEqualTo(201);
    String giulia = json(joined).get("id").asText();
    assertThat(send("GET", "/api/v1/members/" + giulia, italian, null).statusCode()).as("a record of Italy").isEqualTo(200);
    assertThat(send("GET", "/api/v1/members/" + giulia, cooperative, null).statusCode()).as("the cooperative key's own records are Belgium's")
        .isEqualTo(404);

    String advisor = json(send("POST", "/api/v1/api-keys", italian, "{\"role\": \"ADVISOR\", \"label\": \"desk\"}")).get("id").asText();
    assertThat(json(send("GET", "/api/v1/api-keys?entity=IT", cooperative, null)).get("items").findValuesAsText("id"))
        .contains(key.get("id").asText(), advisor);
    assertThat(send("DELETE", "/api/v1/api-keys/" + advisor, cooperative, null).statusCode()).isEqualTo(204);
    assertThat(json(send("GET", "/api/v1/api-keys", italian, null)).get("items").findValuesAsText("id")).doesNotContain(advisor);
  }

  @Test
  void anEntitysAdministrator_issuesNoKeyOfAnotherEntity_norACooperativeOne() {
    String belgian = server.key("BE", Role.ADMIN, null);
    String austrian = server.cooperativeKey("AT");
    HttpResponse<String> refused = send("POST", "/api/v1/api-keys", belgian, "{\"entity\": \"AT\", \"role\": \"ADMIN\", \"label\": \"takeover\"}");
    assertThat(refused.statusCode()).isEqualTo(403);
    assertThat(json(refused).get("detail").asText()).contains("keys of BE only", "cooperative administrator");
    assertThat(send("GET", "/api/v1/api-keys?entity=AT", belgian, null).statusCode()).isEqualTo(403);
    assertThat(send("POST", "/api/v1/api-keys", belgian, "{\"role\": \"ADMIN\", \"scope\": \"COOPERATIVE\", \"label\": \"escalate\"}")
        .statusCode()).isEqualTo(403);
    assertThat(json(send("GET", "/api/v1/api-keys", austrian, null)).get("items")).as("nothing issued").hasSize(1);
  }

  @Test
  void anUnknownEntityOrRole_isRefusedNamingTheField() {
    String cooperative = server.cooperativeKey("BE");
    HttpResponse<String> entity = send("POST", "/api/v1/api-keys", cooperative, "{\"entity\": \"XX\", \"role\": \"ADMIN\", \"label\": \"x\"}");
    assertThat(entity.statusCode()).isEqualTo(400);
    assertThat(json(entity).get("errors").findValuesAsText("field")).containsExactly("entity");
    HttpResponse<String> role = send("POST", "/api/v1/api-keys", cooperative, "{\"entity\": \"IT\", \"role\": \"KING\", \"label\": \"x\"}");
    assertThat(role.statusCode()).isEqualTo(400);
    assertThat(json(role).get("errors").findValuesAsText("field")).containsExactly("role");
    HttpResponse<String> listed = send("GET", "/api/v1/api-keys?entity=XX", cooperative, null);
    assertThat(listed.statusCode()).isEqualTo(400);
    assertThat(json(listed).get("errors").findValuesAsText("field")).containsExactly("entity");
    HttpResponse<String> scope = send("POST", "/api/v1/api-keys", cooperative, "{\"role\": \"ADVISOR\", \"scope\": \"COOPERATIVE\", \"label\": \"x\"}");
    assertThat(scope.statusCode()).isEqualTo(400);
    assertThat(json(scope).get("errors").findValuesAsText("field")).containsExactly("scope");
  }
}
