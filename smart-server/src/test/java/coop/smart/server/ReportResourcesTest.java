package coop.smart.server;

import static coop.smart.server.Calls.eur;
import static coop.smart.server.Calls.money;
import static coop.smart.server.RunningServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import coop.smart.core.member.MemberId;
import coop.smart.core.operation.Role;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The annual report's figures over HTTP, computed from records made through the API. */
class ReportResourcesTest extends StandardServer {

  private static Calls calls;

  @BeforeAll
  static void calls() {
    calls = new Calls(server);
  }

  @Test
  void theLeasingPortfolioOf2017CountsTheLeasesSignedThatYear() {
    String admin = server.key("BE", Role.ADMIN, null);
    String activity = calls.activity(admin, "Studio", calls.shareholder(admin, "Anna")).get("id").asText();
    JsonNode march = sign(admin, activity, "2017-03-01");
    JsonNode june = sign(admin, activity, "2017-06-01");
    JsonNode simulated = json(server.post("/api/v1/simulations/lease", "{\"entity\": \"BE\", \"principal\": " + eur("3596.65")
        + ", \"months\": 14, \"startDate\": \"2017-03-01\"}"));

    JsonNode table = calls.read("/api/v1/reports/leasing-portfolio?year=2017", admin);
    assertThat(table.get("newContracts").asInt()).isEqualTo(2);
    assertThat(table.get("leasesRunning").asInt()).isEqualTo(2);
    assertThat(table.get("valueSigned")).isEqualTo(money("7193.30"));
    assertThat(table.get("averageDuration").asText()).isEqualTo("14.0");
    assertThat(table.get("averageContractValue")).as("the report's average contract value").isEqualTo(money("3596.65"));
    assertThat(table.get("averageInstalment")).isEqualTo(simulated.get("instalment"));
    assertThat(table.get("interestAccrued")).isEqualTo(money(interestDueIn2017(march).add(interestDueIn2017(june)).toPlainString()));
    assertThat(table.get("outstandingTotal")).isEqualTo(money(outstandingAtEndOf2017(march).add(outstandingAtEndOf2017(june)).toPlainString()));

    JsonNode before = calls.read("/api/v1/reports/leasing-portfolio?year=2016", admin);
    assertThat(before.get("newContracts").asInt()).isZero();
    assertThat(before.get("outstandingTotal")).isEqualTo(money("0.00"));
    assertThat(calls.read("/api/v1/reports/leasing-portfolio?year=2017", server.key("FR", Role.ADMIN, null)).get("newContracts").asInt())
        .as("another entity's leases").isZero();
  }

  @Test
  void theActivitiesYearCarriesTheUnspentBudgetOver() {
    String advisor = server.key("BE", Role.ADVISOR, null);
    String anna = calls.shareholder(advisor, "Anna");
    String studio = calls.activity(advisor, "Studio", anna).get("id").asText();
    calls.fund(advisor, studio, anna, "1000.00", "2017-03-01");
    spend(advisor, studio, anna, "135.00", "2017-06-01");
    String version = calls.send("GET", "/api/v1/activities/" + studio, advisor, null).headers().firstValue("ETag").orElseThrow();
    assertThat(calls.matching("/api/v1/activities/" + studio + "/year-closings", advisor, version, "{\"year\": 2017}").statusCode()).isEqualTo(200);
    spend(advisor, studio, anna, "300.00", "2018-02-01");

    JsonNode year2017 = line(calls.read("/api/v1/reports/activities?year=2017", advisor), studio);
    assertThat(year2017.get("closed").asBoolean()).isTrue();
    assertThat(year2017.get("income")).as("after BE's 6.5 % fee").isEqualTo(money("935.00"));
    assertThat(year2017.get("spending")).isEqualTo(money("135.00"));
    assertThat(year2017.get("carriedOver")).isEqualTo(money("800.00"));
    JsonNode report2018 = calls.read("/api/v1/reports/activities?year=2018", advisor);
    JsonNode year2018 = line(report2018, studio);
    assertThat(year2018.get("closed").asBoolean()).isFalse();
    assertThat(year2018.get("carriedIn")).isEqualTo(money("800.00"));
    assertThat(year2018.get("carriedOver")).isEqualTo(money("500.00"));
    assertThat(report2018.get("totals").get("carriedOver")).isEqualTo(money("500.00"));
  }

  @Test
  void reportsAreForStaffAndNeedAYear() {
    String admin = server.key("AT", Role.ADMIN, null);
    String member = server.key("AT", Role.MEMBER, MemberId.parse(calls.member(admin, "Anna")));
    assertThat(calls.send("GET", "/api/v1/reports/leasing-portfolio?year=2017", member, null).statusCode()).isEqualTo(403);
    assertThat(calls.send("GET", "/api/v1/reports/activities?year=2017", member, null).statusCode()).isEqualTo(403);
    assertThat(calls.send("GET", "/api/v1/reports/activities?year=2017", "no-such-key", null).statusCode()).isEqualTo(401);
    HttpResponse<String> missing = calls.send("GET", "/api/v1/reports/leasing-portfolio", admin, null);
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(json(missing).get("errors").get(0).get("field").asText()).isEqualTo("year");
    assertThat(calls.send("GET", "/api/v1/reports/activities?year=twenty", admin, null).statusCode()).isEqualTo(400);
  }

  private static JsonNode sign(String key, String activity, String start) {
    HttpResponse<String> signed = calls.send("POST", "/api/v1/leases", key, "{\"activity\": \"" + activity + "\", \"equipment\": [{\"description\":"
        + " \"Camera\", \"price\": " + eur("3596.65") + "}], \"startDate\": \"" + start + "\", \"months\": 14}");
    assertThat(signed.statusCode()).as(signed.body()).isEqualTo(201);
    return json(signed);
  }

  private static void spend(String key, String activity, String administrator, String amount, String on) {
    HttpResponse<String> spent = calls.send("POST", "/api/v1/activities/" + activity + "/expenses", key, "{\"claimant\": \"" + administrator
        + "\", \"description\": \"Strings\", \"amount\": " + eur(amount) + ", \"incurredOn\": \"" + on + "\", \"paidOn\": \"" + on
        + "\", \"administrator\": \"" + administrator + "\"}");
    assertThat(spent.statusCode()).as(spent.body()).isEqualTo(201);
  }

  private static BigDecimal interestDueIn2017(JsonNode lease) {
    BigDecimal total = BigDecimal.ZERO;
    for (JsonNode row : lease.get("schedule")) {
      if (row.get("dueDate").asText().startsWith("2017")) total = total.add(new BigDecimal(row.get("interest").get("amount").asText()));
    }
    return total;
  }

  private static BigDecimal outstandingAtEndOf2017(JsonNode lease) {
    BigDecimal outstanding = new BigDecimal(lease.get("principal").get("amount").asText());
    for (JsonNode row : lease.get("schedule")) {
      if (row.get("dueDate").asText().startsWith("2017")) outstanding = new BigDecimal(row.get("outstanding").get("amount").asText());
    }
    return outstanding;
  }

  private static JsonNode line(JsonNode report, String activity) {
    for (JsonNode line : report.get("activities")) {
      if (line.get("activity").asText().equals(activity)) return line;
    }
    throw new AssertionError("no line for activity " + activity + " in " + report);
  }
}
