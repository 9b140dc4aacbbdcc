package coop.smart.server;

import static coop.smart.server.Calls.money;
import static coop.smart.server.RunningServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import coop.smart.core.operation.Role;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Salaries paid from an activity's budget over HTTP: a contract with no client names the activity
 * whose budget funds it; declaring sets its pay aside, the payment run pays it on its date.
 */
class FundedContractResourcesTest {

  private TestClock clock;
  private RunningServer server;
  private Calls calls;
  private String admin;
  private String anna;
  private String theatre;

  @BeforeEach
  void start() {
    clock = TestClock.on(LocalDate.of(2017, 7, 14));
    server = RunningServer.start(Dependencies.standard().withClock(clock));
    calls = new Calls(server);
    admin = server.key("BE", Role.ADMIN, null);
    anna = calls.shareholder(admin, "Anna");
    theatre = calls.activity(admin, "Theatre", anna).get("id").asText();
    calls.fund(admin, theatre, anna, "2000.00", "2017-07-14"); // 1,870.00 available after the 6.5% fee
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void contractWithoutClient_isFundedByItsActivity_setAsideWhenDeclared_andPaidFromTheBudgetOnItsDate() {
    HttpResponse<String> drafted = calls.send("POST", "/api/v1/contracts", admin, funded("935.00"));
    assertThat(drafted.statusCode()).as(drafted.body()).isEqualTo(201);
    JsonNode contract = json(drafted);
    assertThat(contract.get("client").isNull()).isTrue();
    assertThat(contract.get("pay").get("fee")).isEqualTo(money("0.00"));
    assertThat(contract.get("pay").get("gross")).isEqualTo(money("618.18"));
    String id = contract.get("id").asText();

    HttpResponse<String> declared = calls.matching("/api/v1/contracts/" + id + "/declaration", admin, "\"1\"", null);
    assertThat(declared.statusCode()).as(declared.body()).isEqualTo(200);
    assertThat(available()).isEqualTo(money("935.00"));
    assertThat(json(declared).get("paymentDate").asText()).isEqualTo("2017-07-24");

    clock.move(Duration.ofDays(10));
    HttpResponse<String> run = calls.send("POST", "/api/v1/guarantee-fund/payment-runs?on=2017-07-24", admin, null);
    assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
    JsonNode paid = json(run).get("paid");
    assertThat(paid).hasSize(1);
    assertThat(paid.get(0).get("contract").asText()).isEqualTo(id);
    assertThat(paid.get(0).get("invoice").isNull()).isTrue();
    assertThat(paid.get(0).get("advanced")).isEqualTo(money("0.00"));
    assertThat(calls.read("/api/v1/contracts/" + id, admin).get("status").asText()).isEqualTo("PAID");
    assertThat(available()).as("paid from what was set aside").isEqualTo(money("935.00"));
  }

  @Test
  void contractBeyondTheBudget_isRefusedAtItsDeclaration_andStaysADraft() {
    String id = json(calls.send("POST", "/api/v1/contracts", admin, funded("1870.01"))).get("id").asText();

    HttpResponse<String> declared = calls.matching("/api/v1/contracts/" + id + "/declaration", admin, "\"1\"", null);

    assertThat(declared.statusCode()).as(declared.body()).isEqualTo(422);
    assertThat(json(declared).get("rule").asText()).isEqualTo("BUDGET_EXCEEDED");
    assertThat(calls.read("/api/v1/contracts/" + id, admin).get("status").asText()).isEqualTo("DRAFT");
    assertThat(available()).isEqualTo(money("1870.00"));
  }

  @Test
  void contractWithNeitherClientNorActivity_isRefusedNamingTheClient() {
    HttpResponse<String> refused = calls.send("POST", "/api/v1/contracts", admin, funded("935.00").replace("\"activity\": \"" + theatre + "\", ", ""));

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    assertThat(refused.body()).contains("\"client\"").contains("unless the contract is funded by the budget of the activity it names");
  }

  private String funded(String employmentBudget) {
    return "{\"member\": \"" + anna + "\", \"activity\": \"" + theatre + "\", \"contractType\": \"ARTIST\","
        + " \"structure\": \"ASSOCIATED_PRODUCTIONS\", \"start\": \"2017-07-10\", \"end\": \"2017-07-14\","
        + " \"workDays\": [{\"date\": \"2017-07-14\", \"hours\": \"8\"}], \"invoicedAmount\": " + Calls.eur(employmentBudget) + ","
        + " \"withholdingRate\": \"0.11\"}";
  }

  private JsonNode available() {
    return calls.read("/api/v1/activities/" + theatre, admin).get("budget").get("available");
  }
}
