package coop.smart.server;

import static coop.smart.server.Calls.eur;
import static coop.smart.server.Calls.money;
import static coop.smart.server.RunningServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import coop.smart.core.member.MemberId;
import coop.smart.core.operation.Role;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Leases over HTTP: schedules as the simulation gives them, amendments, payoffs, billing runs and who may do what. */
class LeaseResourcesTest extends StandardServer {

  private static final String REPORT_AVERAGE = "3596.65";

  private static Calls calls;

  @BeforeAll
  static void calls() {
    calls = new Calls(server);
  }

  @Test
  void signsTheReportsAverageLeaseAtTheDefaultRateWithTheSimulatedSchedule() {
    String admin = server.key("BE", Role.ADMIN, null);
    String activity = activity(admin);
    HttpResponse<String> signed = calls.send("POST", "/api/v1/leases", admin, lease(activity, REPORT_AVERAGE, "2018-01-15", 14, null));
    assertThat(signed.statusCode()).as(signed.body()).isEqualTo(201);
    assertThat(signed.headers().firstValue("ETag")).hasValue("\"1\"");
    JsonNode lease = json(signed);
    JsonNode simulated = json(server.post("/api/v1/simulations/lease", "{\"entity\": \"BE\", \"principal\": " + eur(REPORT_AVERAGE)
        + ", \"months\": 14, \"startDate\": \"2018-01-15\"}"));
    assertThat(lease.get("annualRate").asText()).isEqualTo("0.08");
    assertThat(lease.get("principal")).isEqualTo(money(REPORT_AVERAGE));
    assertThat(lease.get("instalment")).isEqualTo(simulated.get("instalment"));
    assertThat(lease.get("schedule")).isEqualTo(simulated.get("schedule")).hasSize(14);
    assertThat(lease.get("outstanding")).as("repaid by now").isEqualTo(money("0.00"));
    assertThat(calls.read(signed.headers().firstValue("Location").orElseThrow(), admin)).isEqualTo(lease);
  }

  @Test
  void refusesEachBadFieldByNameAndStoresNothing() {
    String admin = server.key("BE", Role.ADMIN, null);
    String activity = activity(admin);
    int before = count(admin);
    assertThat(field(calls.send("POST", "/api/v1/leases", admin, lease(activity, "1000.00", "2018-01-15", 0, null)))).isEqualTo("months");
    assertThat(field(calls.send("POST", "/api/v1/leases", admin, lease(activity, "1000.00", "2018-01-15", 121, null)))).isEqualTo("months");
    assertThat(field(calls.send("POST", "/api/v1/leases", admin, lease(activity, "1000.00", "2018-01-15", 12, "-0.01")))).isEqualTo("annualRate");
    assertThat(field(calls.send("POST", "/api/v1/leases", admin, lease(activity, "1000.00", "2018-01-15", 12, null).replace("EUR", "USD"))))
        .isEqualTo("equipment[0].price.currency");
    assertThat(field(calls.send("POST", "/api/v1/leases", admin, lease(activity, "1000.00", "2018-02-30", 12, null)))).isEqualTo("startDate");
    assertThat(field(calls.send("POST", "/api/v1/leases", admin, lease("00000000-0000-0000-0000-000000000001", "1000.00", "2018-01-15", 12, null))))
        .isEqualTo("activity");
    assertThat(count(admin)).isEqualTo(before);
  }

  @Test
  void ofTwoAmendmentsFromTheSameVersionOneWinsAndTheOtherGets412() {
    String admin = server.key("BE", Role.ADMIN, null);
    String location = "/api/v1/leases/" + json(calls.send("POST", "/api/v1/leases", admin, lease(activity(admin), REPORT_AVERAGE, "2018-01-15", 14, null)))
        .get("id").asText();
    String amendment = "{\"signedOn\": \"2018-01-20\", \"remainingMonths\": 20}";
    assertThat(calls.send("POST", location + "/amendments", admin, amendment).statusCode()).isEqualTo(428);
    assertThat(field(calls.matching(location + "/amendments", admin, "\"1\"", "{\"signedOn\": \"2018-01-20\"}"))).isEqualTo("equipment");
    List<CompletableFuture<HttpResponse<String>>> both = new ArrayList<>();
    for (int i = 0; i < 2; i++) both.add(CompletableFuture.supplyAsync(() -> calls.matching(location + "/amendments", admin, "\"1\"", amendment)));
    List<HttpResponse<String>> responses = new ArrayList<>(both.stream().map(CompletableFuture::join).toList());
    responses.sort(Comparator.comparingInt(HttpResponse::statusCode));
    assertThat(responses.get(0).statusCode()).as(responses.get(0).body()).isEqualTo(200);
    assertThat(responses.get(0).headers().firstValue("ETag")).hasValue("\"2\"");
    assertThat(responses.get(1).statusCode()).isEqualTo(412);
    JsonNode amended = calls.read(location, admin);
    assertThat(amended.get("amendments")).hasSize(1);
    assertThat(amended.get("schedule")).as("the balance spread over 20 months").hasSize(20);
  }

  @Test
  void addedEquipmentIsRescheduledOverTheMonthsLeft() {
    String admin = server.key("BE", Role.ADMIN, null);
    String location = "/api/v1/leases/" + json(calls.send("POST", "/api/v1/leases", admin, lease(activity(admin), "1200.00", "2018-01-15", 12, "0")))
        .get("id").asText();
    HttpResponse<String> amended = calls.matching(location + "/amendments", admin, "\"1\"",
        "{\"signedOn\": \"2018-01-20\", \"equipment\": {\"description\": \"Tripod\", \"price\": " + eur("600.00") + "}}");
    assertThat(amended.statusCode()).as(amended.body()).isEqualTo(200);
    JsonNode schedule = json(amended).get("schedule");
    assertThat(schedule).hasSize(12);
    assertThat(schedule.get(0).get("instalment")).as("1,800.00 over 12 months at no interest").isEqualTo(money("150.00"));
  }

  @Test
  void paysOffFromTheBudgetOrRefusesAndChangesNothing() {
    String admin = server.key("BE", Role.ADMIN, null);
    String anna = calls.shareholder(admin, "Anna");
    String activity = calls.activity(admin, "Studio", anna).get("id").asText();
    String location = "/api/v1/leases/" + json(calls.send("POST", "/api/v1/leases", admin, lease(activity, REPORT_AVERAGE, "2018-01-15", 14, null)))
        .get("id").asText();
    String payoff = "{\"date\": \"2018-06-20\"}";
    HttpResponse<String> broke = calls.matching(location + "/payoff", admin, "\"1\"", payoff);
    assertThat(broke.statusCode()).isEqualTo(422);
    assertThat(json(broke).get("rule").asText()).isEqualTo("BUDGET_EXCEEDED");
    JsonNode unchanged = calls.read(location, admin);
    assertThat(unchanged.get("payoff").isNull()).isTrue();
    assertThat(unchanged.get("version").asLong()).isEqualTo(1);
    assertThat(calls.read("/api/v1/activities/" + activity + "/ledger", admin).get("items")).isEmpty();

    calls.fund(admin, activity, anna, "5000.00", "2018-01-16");
    HttpResponse<String> paid = calls.matching(location + "/payoff", admin, "\"1\"", payoff);
    assertThat(paid.statusCode()).as(paid.body()).isEqualTo(200);
    JsonNode lease = json(paid);
    assertThat(lease.get("payoff").get("amount")).as("the balance after the fifth instalment").isEqualTo(unchanged.get("schedule").get(4).get("outstanding"));
    assertThat(lease.get("schedule")).hasSize(5);
    JsonNode statement = calls.read("/api/v1/activities/" + activity + "/ledger", admin).get("items");
    assertThat(statement).as("funding, five instalments, the payoff").hasSize(7);
    assertThat(statement.get(6).get("change")).isEqualTo(money("-" + lease.get("payoff").get("amount").get("amount").asText()));
    assertThat(calls.matching(location + "/payoff", admin, "\"2\"", payoff).statusCode()).as("paid off already").isEqualTo(422);
  }

  @Test
  void billingRunsBookEachInstalmentOnceOnItsDueDate() {
    String admin = server.key("FR", Role.ADMIN, null);
    String anna = calls.shareholder(admin, "Anna");
    String activity = calls.activity(admin, "Atelier", anna).get("id").asText();
    calls.fund(admin, activity, anna, "1000.00", "2018-01-01");
    String lease = json(calls.send("POST", "/api/v1/leases", admin, lease(activity, "1200.00", "2018-01-15", 12, "0"))).get("id").asText();
    HttpResponse<String> run = calls.keyed("/api/v1/leases/billing-runs?on=2018-03-20", admin, "run-2018-03-20", "");
    assertThat(run.statusCode()).as(run.body()).isEqualTo(200);
    assertThat(json(run).get("booked")).extracting(entry -> entry.get("date").asText()).containsExactly("2018-02-15", "2018-03-15");
    assertThat(calls.keyed("/api/v1/leases/billing-runs?on=2018-03-20", admin, "run-2018-03-20", "").headers().firstValue("Idempotent-Replayed"))
        .hasValue("true");
    JsonNode again = json(calls.send("POST", "/api/v1/leases/billing-runs?on=2018-03-20", admin, ""));
    assertThat(again.get("booked")).as("a day runs once").isEmpty();
    assertThat(calls.read("/api/v1/activities/" + activity, admin).get("budget").get("available"))
        .as("1,000.00 less the 8.5 % fee, less two instalments of 100.00").isEqualTo(money("715.00"));
    JsonNode later = json(calls.send("POST", "/api/v1/leases/billing-runs?on=2018-12-31", admin, ""));
    assertThat(later.get("refused")).extracting(refusal -> refusal.get("lease").asText()).containsExactly(lease);
    assertThat(later.get("refused").get(0).get("rule").asText()).isEqualTo("BUDGET_EXCEEDED");
    assertThat(later.get("booked")).as("what the budget could pay").hasSize(7);
    assertThat(calls.read("/api/v1/activities/" + activity, admin).get("budget").get("available")).isEqualTo(money("15.00"));
    assertThat(field(calls.send("POST", "/api/v1/leases/billing-runs?on=2999-01-01", admin, ""))).isEqualTo("on");
  }

  @Test
  void aKeyNeverReachesAnotherEntitysLeases() {
    String belgian = server.key("BE", Role.ADMIN, null);
    String french = server.key("FR", Role.ADMIN, null);
    String location = "/api/v1/leases/" + json(calls.send("POST", "/api/v1/leases", belgian, lease(activity(belgian), "1000.00", "2018-01-15", 12, null)))
        .get("id").asText();
    assertThat(calls.send("GET", location, french, null).statusCode()).isEqualTo(404);
    assertThat(calls.matching(location + "/payoff", french, "\"1\"", "{\"date\": \"2018-06-20\"}").statusCode()).isEqualTo(404);
    assertThat(calls.read(location, belgian).get("version").asLong()).isEqualTo(1);
  }

  @Test
  void aMembersKeyReadsTheLeasesOfItsActivitiesAndChangesNone() {
    String admin = server.key("BE", Role.ADMIN, null);
    String anna = calls.shareholder(admin, "Anna");
    String ben = calls.shareholder(admin, "Ben");
    String annas = calls.activity(admin, "Anna's", anna).get("id").asText();
    Set<String> hers = new HashSet<>();
    for (int i = 0; i < 3; i++) hers.add(json(calls.send("POST", "/api/v1/leases", admin, lease(annas, "1000.00", "2018-01-15", 12, null))).get("id").asText());
    String bens = json(calls.send("POST", "/api/v1/leases", admin, lease(calls.activity(admin, "Ben's", ben).get("id").asText(), "1000.00",
        "2018-01-15", 12, null))).get("id").asText();
    String annasKey = server.key("BE", Role.MEMBER, MemberId.parse(anna));
    assertThat(pages(annasKey, 2)).containsExactlyInAnyOrderElementsOf(hers);
    assertThat(calls.send("GET", "/api/v1/leases/" + bens, annasKey, null).statusCode()).isEqualTo(404);
    assertThat(calls.send("POST", "/api/v1/leases", annasKey, lease(annas, "1000.00", "2018-01-15", 12, null)).statusCode()).isEqualTo(403);
    assertThat(calls.send("POST", "/api/v1/leases/billing-runs", annasKey, "").statusCode()).isEqualTo(403);
    assertThat(pages(admin, 2)).doesNotHaveDuplicates().containsAll(hers).contains(bens);
  }

  @Test
  void anIdempotentRetrySignsOneLease() {
    String admin = server.key("BE", Role.INTEGRATOR, null);
    String body = lease(activity(server.key("BE", Role.ADMIN, null)), "1000.00", "2018-01-15", 12, null);
    int before = count(admin);
    HttpResponse<String> first = calls.keyed("/api/v1/leases", admin, "lease-1", body);
    HttpResponse<String> retry = calls.keyed("/api/v1/leases", admin, "lease-1", body);
    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(retry.body()).isEqualTo(first.body());
    assertThat(calls.keyed("/api/v1/leases", admin, "lease-1", body.replace("1000.00", "1000.01")).statusCode()).isEqualTo(409);
    assertThat(count(admin)).isEqualTo(before + 1);
  }

  private static String activity(String key) {
    return calls.activity(key, "Studio", calls.shareholder(key, "Anna")).get("id").asText();
  }

  private static String lease(String activity, String price, String start, int months, String rate) {
    return "{\"activity\": \"" + activity + "\", \"equipment\": [{\"description\": \"Camera\", \"price\": " + eur(price) + "}], \"startDate\": \""
        + start + "\", \"months\": " + months + (rate == null ? "" : ", \"annualRate\": \"" + rate + "\"") + "}";
  }

  private static List<String> pages(String key, int limit) {
    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      JsonNode page = calls.read("/api/v1/leases?limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor), key);
      page.get("items").forEach(lease -> seen.add(lease.get("id").asText()));
      cursor = page.hasNonNull("nextCursor") ? page.get("nextCursor").asText() : null;
    } while (cursor != null);
    return seen;
  }

  private static int count(String key) {
    return pages(key, 500).size();
  }

  private static String field(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    return json(response).get("errors").get(0).get("field").asText();
  }
}
