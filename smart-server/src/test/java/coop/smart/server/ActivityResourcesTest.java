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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Activities over HTTP: opening by shareholders, budgets, statements, expenses, transfers, year closings and who may do what. */
class ActivityResourcesTest extends StandardServer {

  private static Calls calls;

  @BeforeAll
  static void calls() {
    calls = new Calls(server);
  }

  @Test
  void opensAnActivityWithSeveralAdministratorsAndReadsItBack() {
    String admin = server.key("BE", Role.ADMIN, null);
    String anna = calls.shareholder(admin, "Anna");
    String ben = calls.shareholder(admin, "Ben");
    HttpResponse<String> opened = calls.send("POST", "/api/v1/activities", admin, "{\"name\": \"Studio Nord\", \"sector\": {\"name\": \"catering\","
        + " \"horeca\": true, \"premises\": \"SHARED_KITCHEN\"}, \"administrators\": [\"" + anna + "\", \"" + ben + "\"]}");
    assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
    assertThat(opened.headers().firstValue("ETag")).hasValue("\"1\"");
    JsonNode activity = json(opened);
    assertThat(activity.get("administrators")).extracting(JsonNode::asText).containsExactlyInAnyOrder(anna, ben);
    assertThat(activity.get("sector").get("premises").asText()).isEqualTo("SHARED_KITCHEN");
    assertThat(activity.get("closedThrough").isNull()).isTrue();
    assertThat(activity.get("budget").get("available")).isEqualTo(money("0.00"));
    HttpResponse<String> read = calls.send("GET", opened.headers().firstValue("Location").orElseThrow(), admin, null);
    assertThat(read.headers().firstValue("ETag")).hasValue("\"1\"");
    assertThat(json(read)).isEqualTo(activity);
  }

  @Test
  void refusesANonShareholderAndAHorecaCommercialLeaseAndStoresNothing() {
    String admin = server.key("BE", Role.ADMIN, null);
    int before = count(admin);
    String noShare = calls.member(admin, "Nico");
    HttpResponse<String> refused = calls.send("POST", "/api/v1/activities", admin,
        "{\"name\": \"Bar\", \"sector\": {\"name\": \"music\"}, \"administrators\": [\"" + noShare + "\"]}");
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(json(refused).get("rule").asText()).isEqualTo("SHARE_REQUIRED");
    String shareholder = calls.shareholder(admin, "Sara");
    HttpResponse<String> coOwner = calls.send("POST", "/api/v1/activities", admin,
        "{\"name\": \"Bar\", \"sector\": {\"name\": \"music\"}, \"administrators\": [\"" + shareholder + "\", \"" + noShare + "\"]}");
    assertThat(coOwner.statusCode()).as("every administrator needs a share").isEqualTo(422);
    HttpResponse<String> lease = calls.send("POST", "/api/v1/activities", admin, "{\"name\": \"Bar\", \"sector\": {\"name\": \"bar\","
        + " \"horeca\": true, \"premises\": \"COMMERCIAL_LEASE\"}, \"administrators\": [\"" + shareholder + "\"]}");
    assertThat(json(lease).get("rule").asText()).isEqualTo("HORECA_COMMERCIAL_LEASE");
    assertThat(count(admin)).isEqualTo(before);
  }

  @Test
  void fundsSpendsAndTransfersWithTheStatementToTheCent() {
    String advisor = server.key("BE", Role.ADVISOR, null);
    String anna = calls.shareholder(advisor, "Anna");
    String studio = calls.activity(advisor, "Studio", anna).get("id").asText();
    String tour = calls.activity(advisor, "Tour", anna).get("id").asText();

    JsonNode funded = calls.fund(advisor, studio, anna, "1000.00", "2018-02-01");
    assertThat(funded.get("change")).as("BE takes its 6.5 % fee").isEqualTo(money("935.00"));
    HttpResponse<String> expense = calls.send("POST", "/api/v1/activities/" + studio + "/expenses", advisor, "{\"claimant\": \"" + anna
        + "\", \"description\": \"Train to Ghent\", \"amount\": " + eur("200.00") + ", \"incurredOn\": \"2018-02-03\", \"paidOn\": \"2018-02-05\","
        + " \"administrator\": \"" + anna + "\"}");
    assertThat(expense.statusCode()).as(expense.body()).isEqualTo(201);
    assertThat(json(expense).get("change")).isEqualTo(money("-200.00"));
    assertThat(json(expense).get("balance")).isEqualTo(money("735.00"));
    assertThat(calls.read(expense.headers().firstValue("Location").orElseThrow(), advisor)).isEqualTo(json(expense));
    HttpResponse<String> transfer = calls.send("POST", "/api/v1/activities/" + studio + "/transfers", advisor, "{\"to\": \"" + tour
        + "\", \"amount\": " + eur("100.00") + ", \"on\": \"2018-02-06\", \"administrator\": \"" + anna + "\"}");
    assertThat(transfer.statusCode()).as(transfer.body()).isEqualTo(201);

    JsonNode studioNow = calls.read("/api/v1/activities/" + studio, advisor);
    assertThat(studioNow.get("budget").get("available")).isEqualTo(money("635.00"));
    assertThat(calls.read("/api/v1/activities/" + tour, advisor).get("budget").get("available")).isEqualTo(money("100.00"));
    JsonNode statement = calls.read("/api/v1/activities/" + studio + "/ledger", advisor).get("items");
    assertThat(statement).extracting(line -> line.get("balance").get("amount").asText()).containsExactly("935.00", "735.00", "635.00");
    assertThat(statement.get(1).get("postings")).extracting(posting -> posting.get("amount").get("amount").asText())
        .containsExactlyInAnyOrder("200.00", "-200.00");
  }

  @Test
  void overspendingIsRefusedAndChangesNothing() {
    String admin = server.key("BE", Role.ADMIN, null);
    String anna = calls.shareholder(admin, "Anna");
    String studio = calls.activity(admin, "Studio", anna).get("id").asText();
    calls.fund(admin, studio, anna, "100.00", "2018-02-01");
    JsonNode before = calls.read("/api/v1/activities/" + studio, admin);
    HttpResponse<String> expense = calls.send("POST", "/api/v1/activities/" + studio + "/expenses", admin, expense(anna, "93.51", anna));
    assertThat(expense.statusCode()).isEqualTo(422);
    assertThat(json(expense).get("rule").asText()).isEqualTo("BUDGET_EXCEEDED");
    HttpResponse<String> transfer = calls.send("POST", "/api/v1/activities/" + studio + "/transfers", admin, "{\"to\": \""
        + calls.activity(admin, "Other", anna).get("id").asText() + "\", \"amount\": " + eur("93.51") + ", \"administrator\": \"" + anna + "\"}");
    assertThat(transfer.statusCode()).isEqualTo(422);
    assertThat(calls.read("/api/v1/activities/" + studio, admin)).as("same budget, same version").isEqualTo(before);
    assertThat(calls.read("/api/v1/activities/" + studio + "/ledger", admin).get("items")).hasSize(1);
    assertThat(calls.send("POST", "/api/v1/activities/" + studio + "/expenses", admin, expense(anna, "93.50", anna)).statusCode())
        .as("exactly what is available").isEqualTo(201);
  }

  @Test
  void refusesEachBadFieldByName() {
    String admin = server.key("BE", Role.ADMIN, null);
    String anna = calls.shareholder(admin, "Anna");
    String studio = calls.activity(admin, "Studio", anna).get("id").asText();
    calls.fund(admin, studio, anna, "100.00", "2018-02-01");
    String path = "/api/v1/activities/" + studio + "/expenses";
    assertThat(field(calls.send("POST", path, admin, expense(anna, "10.00", anna).replace("EUR", "USD")))).isEqualTo("amount.currency");
    assertThat(field(calls.send("POST", path, admin, expense(anna, "-10.00", anna)))).isEqualTo("amount");
    assertThat(field(calls.send("POST", path, admin, expense(anna, "10.001", anna)))).isEqualTo("amount.amount");
    assertThat(field(calls.send("POST", path, admin, expense(anna, "10.00", null)))).isEqualTo("administrator");
    assertThat(field(calls.send("POST", path, admin, "{\"description\": \"x\", \"amount\": " + eur("1.00") + ", \"incurredOn\": \"2018-02-01\"}")))
        .isEqualTo("claimant");
    String expense = expense(anna, "10.00", anna);
    assertThat(field(calls.send("POST", path, admin, expense.substring(0, expense.length() - 1) + ", \"tip\": 1}"))).isEqualTo("tip");
    assertThat(field(calls.send("POST", "/api/v1/activities", admin, "{\"name\": \"X\", \"sector\": {\"name\": \"music\"}, \"administrators\": []}")))
        .isEqualTo("administrators");
    assertThat(field(calls.send("POST", "/api/v1/activities", admin, "{\"name\": \"X\", \"sector\": {}, \"administrators\": [\"" + anna + "\"]}")))
        .isEqualTo("sector.name");
    assertThat(calls.read("/api/v1/activities/" + studio + "/ledger", admin).get("items")).hasSize(1);
  }

  @Test
  void aKeyNeverReachesAnotherEntitysActivities() {
    String belgian = server.key("BE", Role.ADMIN, null);
    String french = server.key("FR", Role.ADMIN, null);
    String anna = calls.shareholder(belgian, "Anna");
    String studio = calls.activity(belgian, "Studio", anna).get("id").asText();
    calls.fund(belgian, studio, anna, "100.00", "2018-02-01");
    HttpResponse<String> read = calls.send("GET", "/api/v1/activities/" + studio, french, null);
    assertThat(read.statusCode()).isEqualTo(404);
    assertThat(read.body()).doesNotContain("BE");
    assertThat(calls.send("GET", "/api/v1/activities/" + studio + "/ledger", french, null).statusCode()).isEqualTo(404);
    assertThat(calls.send("POST", "/api/v1/activities/" + studio + "/expenses", french, expense(anna, "10.00", anna)).statusCode()).isEqualTo(404);
    assertThat(calls.send("GET", "/api/v1/activities/not-an-id", belgian, null).statusCode()).isEqualTo(404);
    assertThat(calls.read("/api/v1/activities/" + studio + "/ledger", belgian).get("items")).hasSize(1);
  }

  @Test
  void aMembersKeyReachesTheActivitiesItAdministersAndActsAsItsMember() {
    String admin = server.key("AT", Role.ADMIN, null);
    String anna = calls.shareholder(admin, "Anna");
    String ben = calls.shareholder(admin, "Ben");
    String annas = calls.activity(admin, "Anna's", anna).get("id").asText();
    String bens = calls.activity(admin, "Ben's", ben).get("id").asText();
    calls.fund(admin, annas, anna, "100.00", "2018-02-01");
    String annasKey = server.key("AT", Role.MEMBER, MemberId.parse(anna));

    assertThat(calls.read("/api/v1/activities", annasKey).get("items")).extracting(item -> item.get("id").asText()).containsExactly(annas);
    assertThat(calls.send("GET", "/api/v1/activities/" + bens, annasKey, null).statusCode()).isEqualTo(404);
    assertThat(calls.send("POST", "/api/v1/activities/" + bens + "/expenses", annasKey, expense(anna, "1.00", null)).statusCode()).isEqualTo(404);
    HttpResponse<String> own = calls.send("POST", "/api/v1/activities/" + annas + "/expenses", annasKey, expense(anna, "1.00", null));
    assertThat(own.statusCode()).as(own.body()).isEqualTo(201);
    assertThat(field(calls.send("POST", "/api/v1/activities/" + annas + "/expenses", annasKey, expense(anna, "1.00", ben)))).isEqualTo("administrator");
    assertThat(calls.send("POST", "/api/v1/activities/" + annas + "/receipts", annasKey, "{}").statusCode()).isEqualTo(403);
    assertThat(calls.send("POST", "/api/v1/activities/" + annas + "/year-closings", annasKey, "{\"year\": 2017}").statusCode()).isEqualTo(403);
    assertThat(field(calls.send("POST", "/api/v1/activities", annasKey,
        "{\"name\": \"X\", \"sector\": {\"name\": \"music\"}, \"administrators\": [\"" + ben + "\"]}"))).isEqualTo("administrators");
    assertThat(calls.send("POST", "/api/v1/activities", annasKey,
        "{\"name\": \"Second\", \"sector\": {\"name\": \"music\"}, \"administrators\": [\"" + anna + "\"]}").statusCode()).isEqualTo(201);
    assertThat(calls.read("/api/v1/activities", annasKey).get("items")).hasSize(2);
  }

  @Test
  void anIdempotentRetryReturnsTheFirstResponseAndBooksNothingTwice() {
    String admin = server.key("BE", Role.ADMIN, null);
    String anna = calls.shareholder(admin, "Anna");
    String studio = calls.activity(admin, "Studio", anna).get("id").asText();
    calls.fund(admin, studio, anna, "100.00", "2018-02-01");
    String path = "/api/v1/activities/" + studio + "/expenses";
    HttpResponse<String> first = calls.keyed(path, admin, "expense-1", expense(anna, "10.00", anna));
    HttpResponse<String> retry = calls.keyed(path, admin, "expense-1", expense(anna, "10.00", anna));
    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(retry.statusCode()).isEqualTo(201);
    assertThat(retry.body()).isEqualTo(first.body());
    assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(calls.keyed(path, admin, "expense-1", expense(anna, "11.00", anna)).statusCode()).isEqualTo(409);
    assertThat(calls.read("/api/v1/activities/" + studio, admin).get("budget").get("available")).isEqualTo(money("83.50"));
  }

  @Test
  void twoExpensesAtOnceNeverSpendMoreThanTheBudget() {
    String admin = server.key("BE", Role.ADMIN, null);
    String anna = calls.shareholder(admin, "Anna");
    String studio = calls.activity(admin, "Studio", anna).get("id").asText();
    calls.fund(admin, studio, anna, "100.00", "2018-02-01");
    List<CompletableFuture<HttpResponse<String>>> both = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      both.add(CompletableFuture.supplyAsync(() -> calls.send("POST", "/api/v1/activities/" + studio + "/expenses", admin, expense(anna, "60.00", anna))));
    }
    List<Integer> statuses = both.stream().map(call -> call.join().statusCode()).sorted().toList();
    assertThat(statuses.get(0)).isEqualTo(201);
    assertThat(statuses.get(1)).isIn(409, 422);
    assertThat(calls.read("/api/v1/activities/" + studio, admin).get("budget").get("available")).isEqualTo(money("33.50"));
  }

  @Test
  void closesAYearWithTheCurrentVersionAndBooksNothingMoreIntoIt() {
    String advisor = server.key("IT", Role.ADVISOR, null);
    String anna = calls.shareholder(advisor, "Anna");
    String studio = calls.activity(advisor, "Studio", anna).get("id").asText();
    calls.fund(advisor, studio, anna, "100.00", "2017-03-01");
    String path = "/api/v1/activities/" + studio + "/year-closings";
    String version = calls.send("GET", "/api/v1/activities/" + studio, advisor, null).headers().firstValue("ETag").orElseThrow();
    assertThat(calls.send("POST", path, advisor, "{\"year\": 2017}").statusCode()).isEqualTo(428);
    assertThat(calls.matching(path, advisor, "\"1\"", "{\"year\": 2017}").statusCode()).as("funding moved the version").isEqualTo(412);
    assertThat(field(calls.matching(path, advisor, version, "{\"year\": 9999}"))).isEqualTo("year");
    HttpResponse<String> closed = calls.matching(path, advisor, version, "{\"year\": 2017}");
    assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
    assertThat(json(closed).get("closedThrough").asInt()).isEqualTo(2017);
    HttpResponse<String> late = calls.send("POST", "/api/v1/activities/" + studio + "/expenses", advisor,
        expense(anna, "1.00", anna).replace("\"incurredOn\": \"2018-02-01\"", "\"incurredOn\": \"2017-12-20\"")
            .replace("\"paidOn\": null", "\"paidOn\": \"2017-12-30\""));
    assertThat(late.statusCode()).isEqualTo(422);
    assertThat(json(late).get("rule").asText()).isEqualTo("YEAR_CLOSED");
  }

  @Test
  void aMemberAdministersSomeonesActivityOnlyByAcceptingAnInvitation_orByAnAdvisorsAct() {
    String advisor = server.key("BE", Role.ADVISOR, null);
    String anna = calls.shareholder(advisor, "Anna");
    String ben = calls.shareholder(advisor, "Ben");
    String carl = calls.shareholder(advisor, "Carl");
    String annasKey = server.key("BE", Role.MEMBER, new MemberId(UUID.fromString(anna)));
    String bensKey = server.key("BE", Role.MEMBER, new MemberId(UUID.fromString(ben)));
    String carlsKey = server.key("BE", Role.MEMBER, new MemberId(UUID.fromString(carl)));
    String studio = "/api/v1/activities/" + calls.activity(advisor, "Studio", anna).get("id").asText();
    String benAsMember = "{\"member\": \"" + ben + "\"}";

    assertThat(calls.matching(studio + "/administrators", annasKey, "\"1\"", benAsMember).statusCode()).as("no advisor").isEqualTo(403);
    assertThat(calls.send("POST", studio + "/invitations", annasKey, benAsMember).statusCode()).isEqualTo(428);
    HttpResponse<String> invited = calls.matching(studio + "/invitations", annasKey, "\"1\"", benAsMember);
    assertThat(invited.statusCode()).as(invited.body()).isEqualTo(200);
    assertThat(json(invited).get("invited")).extracting(JsonNode::asText).containsExactly(ben);
    assertThat(json(invited).get("administrators")).extracting(JsonNode::asText).containsExactly(anna);
    assertThat(calls.send("GET", studio, bensKey, null).statusCode()).as("not an administrator yet").isEqualTo(404);
    assertThat(calls.matching(studio + "/invitations/acceptance", carlsKey, "\"2\"", null).statusCode()).as("not invited").isEqualTo(404);

    HttpResponse<String> accepted = calls.matching(studio + "/invitations/acceptance", bensKey, "\"2\"", null);
    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
    assertThat(json(accepted).get("administrators")).extracting(JsonNode::asText).containsExactlyInAnyOrder(anna, ben);
    assertThat(json(accepted).get("invited")).isEmpty();
    assertThat(calls.send("GET", studio, bensKey, null).statusCode()).isEqualTo(200);

    HttpResponse<String> added = calls.matching(studio + "/administrators", advisor, "\"3\"", "{\"member\": \"" + carl + "\"}");
    assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
    assertThat(json(added).get("administrators")).extracting(JsonNode::asText).containsExactlyInAnyOrder(anna, ben, carl);
  }

  @Test
  void theEntitysYearClosing_closesTheYearInEveryActivityOnce_theYearsBeforeFirst() {
    String advisor = server.key("BE", Role.ADVISOR, null);
    String anna = calls.shareholder(advisor, "Anna");
    String studio = calls.activity(advisor, "Studio", anna).get("id").asText();
    String gallery = calls.activity(advisor, "Gallery", anna).get("id").asText();
    String version = calls.send("GET", "/api/v1/activities/" + gallery, advisor, null).headers().firstValue("ETag").orElseThrow();
    assertThat(calls.matching("/api/v1/activities/" + gallery + "/year-closings", advisor, version, "{\"year\": 2017}").statusCode())
        .isEqualTo(200);

    HttpResponse<String> closing = calls.send("POST", "/api/v1/year-closings", advisor, "{\"year\": 2019}");
    assertThat(closing.statusCode()).as(closing.body()).isEqualTo(200);
    assertThat(json(closing).get("closed")).extracting(activity -> activity.get("closedThrough").asInt()).containsOnly(2019);
    assertThat(json(closing).get("closed")).extracting(activity -> activity.get("id").asText()).containsExactlyInAnyOrder(studio, gallery);
    assertThat(json(calls.send("POST", "/api/v1/year-closings", advisor, "{\"year\": 2019}")).get("closed")).as("closed already").isEmpty();
    assertThat(field(calls.send("POST", "/api/v1/year-closings", advisor, "{\"year\": 9999}"))).isEqualTo("year");
    String member = server.key("BE", Role.MEMBER, new MemberId(UUID.fromString(anna)));
    assertThat(calls.send("POST", "/api/v1/year-closings", member, "{\"year\": 2016}").statusCode()).isEqualTo(403);
  }

  @Test
  void pagesThroughEveryActivityOnce() {
    String admin = server.key("ES", Role.ADMIN, null);
    String anna = calls.shareholder(admin, "Anna");
    Set<String> created = new HashSet<>();
    for (int i = 0; i < 5; i++) created.add(calls.activity(admin, "A" + i, anna).get("id").asText());
    assertThat(pages(admin, 2)).hasSize(5).containsExactlyInAnyOrderElementsOf(created);
    String studio = created.iterator().next();
    for (int i = 0; i < 3; i++) calls.fund(admin, studio, anna, "10.00", "2018-02-0" + (i + 1));
    JsonNode first = calls.read("/api/v1/activities/" + studio + "/ledger?limit=2", admin);
    JsonNode second = calls.read("/api/v1/activities/" + studio + "/ledger?limit=2&cursor=" + first.get("nextCursor").asText(), admin);
    assertThat(first.get("items")).hasSize(2);
    assertThat(second.get("items")).hasSize(1);
    assertThat(second.hasNonNull("nextCursor")).isFalse();
  }

  private static List<String> pages(String key, int limit) {
    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      JsonNode page = calls.read("/api/v1/activities?limit=" + limit + (cursor == null ? "" : "&cursor=" + cursor), key);
      page.get("items").forEach(activity -> seen.add(activity.get("id").asText()));
      cursor = page.hasNonNull("nextCursor") ? page.get("nextCursor").asText() : null;
    } while (cursor != null);
    return seen;
  }

  private static int count(String key) {
    return pages(key, 500).size();
  }

  private static String expense(String claimant, String amount, String administrator) {
    return "{\"claimant\": \"" + claimant + "\", \"description\": \"Strings\", \"amount\": " + eur(amount) + ", \"incurredOn\": \"2018-02-01\","
        + " \"paidOn\": null" + (administrator == null ? "" : ", \"administrator\": \"" + administrator + "\"") + "}";
  }

  private static String field(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    return json(response).get("errors").get(0).get("field").asText();
  }
}
