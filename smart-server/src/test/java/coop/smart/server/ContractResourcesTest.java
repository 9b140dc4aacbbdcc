package coop.smart.server;

import static coop.smart.server.RunningServer.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import coop.smart.core.audit.AuditRecord;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.member.MemberId;
import coop.smart.persistence.JdbiAuditTrail;
import coop.smart.core.operation.Role;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Contracts over HTTP: drafts with their pay and payment date, the checks of their terms,
 * declaration under the membership limit, cancellation, versions, roles, paging and isolation.
 */
class ContractResourcesTest extends StandardServer {

  /** A Belgian employee contract: 1,000.00 EUR invoiced for a day in the week ending Friday 14 July 2017. */
  private static final String JULY = """
      {"member": "%s", "client": "%s", "contractType": "EMPLOYEE", "structure": "ASSOCIATED_PRODUCTIONS",
       "start": "2017-07-10", "end": "2017-07-14", "workDays": [{"date": "2017-07-14", "hours": "8"}],
       "invoicedAmount": {"amount": "1000.00", "currency": "EUR"}, "withholdingRate": "0.11"}""";

  @Test
  void draftsAContractWithItsPayAndPaymentDate_andReadsItBack() {
    Parties be = parties("BE");
    HttpResponse<String> created = send("POST", "/api/v1/contracts", be.admin, be.july());
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.headers().firstValue("ETag")).hasValue("\"1\"");
    JsonNode contract = json(created);
    assertThat(contract.get("status").asText()).isEqualTo("DRAFT");
    assertThat(contract.get("member").asText()).isEqualTo(be.member);
    assertThat(contract.get("holder").asText()).isEqualTo("INDIVIDUAL");
    assertThat(contract.get("workDays")).hasSize(1);
    assertThat(contract.get("workDays").get(0).get("hours").asText()).isEqualTo("8");
    assertThat(contract.get("expenses").get("amount").asText()).isEqualTo("0.00");
    assertThat(contract.get("paymentDate").asText()).isEqualTo("2017-07-24"); // Mon: 7 working days after Fri 14 July, 21 July a holiday
    JsonNode pay = contract.get("pay");
    assertThat(pay.get("invoicedAmount").get("amount").asText()).isEqualTo("1000.00");
    assertThat(pay.get("feeRate").asText()).isEqualTo("0.065");
    assertThat(pay.get("fee").get("amount").asText()).isEqualTo("65.00");
    assertThat(pay.get("net").get("amount").asText()).isEqualTo("478.27");
    assertThat(pay.get("paymentDate").asText()).isEqualTo("2017-07-24");
    assertThat(amount(pay, "fee").add(amount(pay, "expenses")).add(amount(pay, "employerContributions")).add(amount(pay, "gross")))
        .isEqualByComparingTo(amount(pay, "invoicedAmount"));
    assertThat(amount(pay, "employeeContributions").add(amount(pay, "withholdingTax")).add(amount(pay, "net")))
        .isEqualByComparingTo(amount(pay, "gross"));
    assertThat(contract.get("quota").isNull()).as("an employee contract has no hour quota").isTrue();

    String location = created.headers().firstValue("Location").orElseThrow();
    HttpResponse<String> read = send("GET", location, be.admin, null);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.headers().firstValue("ETag")).hasValue("\"1\"");
    assertThat(json(read)).isEqualTo(contract);
    assertThat(audit("BE", contract.get("id").asText())).extracting(AuditRecord::action).containsExactly("contract.draft");

    assertThat(contract.get("rulesVerifiedUntil").asText()).isEqualTo("2017-12-31");
    assertThat(contract.has("warnings")).as("July 2017 is within the rules' coverage").isFalse();
    JsonNode explained = json(send("GET", location + "?explain=true", be.admin, null));
    assertThat(explained.get("explanation")).hasSize(8);
    explained.get("explanation").forEach(line -> assertThat(line.get("value")).isEqualTo(pay.get(line.get("figure").asText())));
    assertThat(explained.get("explanation").get(0).get("computation").asText()).isEqualTo("half-up(1000.00 × 0.065) = 65.00");
  }

  @Test
  void refusesEachInvalidTermNamingTheField_andStoresNothing() {
    Parties be = parties("BE");
    assertRefused(be, be.july().replace("\"EMPLOYEE\"", "\"PLUMBER\""), "contractType");
    assertRefused(be, be.july().replace("\"0.11\"", "\"0.51\""), "withholdingRate");
    assertRefused(be, be.july().replace("\"0.11\"", "0.11"), "withholdingRate");
    assertRefused(be, be.july().replace("\"2017-07-14\", \"hours\"", "\"2017-07-17\", \"hours\""), "workDays[0].date");
    assertRefused(be, be.july().replace("\"start\": \"2017-07-10\"", "\"start\": \"2017-06-14\""), "end");
    assertRefused(be, be.july().replace("\"currency\": \"EUR\"", "\"currency\": \"USD\""), "invoicedAmount.currency");
    assertRefused(be, be.july().replace("\"1000.00\"", "\"1000.001\""), "invoicedAmount.amount");
    assertRefused(be, be.july().replace("\"hours\": \"8\"", "\"hours\": \"25\""), "workDays[0].hours");
    assertRefused(be, be.july().replace("\"hours\": \"8\"", "\"hours\": 8"), "workDays[0].hours");
    assertRefused(be, be.july().replace("\"ASSOCIATED_PRODUCTIONS\"", "\"STUDIO\""), "structure");
    assertRefused(be, be.july().replace("\"withholdingRate\"", "\"withholding\""), "withholding");
    assertRefused(be, be.july().replace(be.client, be.member), "client");
    assertRefused(be, be.july().replace(be.member, be.client), "member");
    Parties france = parties("FR");
    assertRefused(be, be.july().replace(be.client, france.client), "client");
    HttpResponse<String> strangers = send("POST", "/api/v1/contracts", be.admin, be.july().replace(be.member, france.member).replace(be.client, france.client));
    assertThat(strangers.statusCode()).isEqualTo(400);
    assertThat(json(strangers).get("errors")).as("both parties named at once").extracting(error -> error.get("field").asText(), error -> error.get("message").asText())
        .containsExactly(tuple("member", "member " + france.member + " is not stored in BE"), tuple("client", "client " + france.client + " is not stored in BE"));
    HttpResponse<String> missing = send("POST", "/api/v1/contracts", be.admin, "{\"member\": \"" + be.member + "\"}");
    assertThat(json(missing).get("errors")).extracting(error -> error.get("field").asText())
        .contains("client", "contractType", "start", "end", "workDays", "invoicedAmount", "withholdingRate");
    assertThat(json(send("GET", "/api/v1/contracts?member=" + be.member, be.admin, null)).get("items")).isEmpty();
  }

  @Test
  void aFourthDeclarationWithoutAShareIsRefused_andChangesNothing() {
    Parties be = parties("BE");
    List<String> contracts = IntStream.range(0, 4).mapToObj(i -> json(send("POST", "/api/v1/contracts", be.admin, be.july())).get("id").asText()).toList();
    for (int i = 0; i < 3; i++) {
      HttpResponse<String> declared = matching("POST", "/api/v1/contracts/" + contracts.get(i) + "/declaration", be.admin, "\"1\"", null);
      assertThat(declared.statusCode()).isEqualTo(200);
      assertThat(json(declared).get("status").asText()).isEqualTo("DECLARED");
      assertThat(json(declared).get("declaredOn").asText()).isNotEmpty();
      assertThat(declared.headers().firstValue("ETag")).hasValue("\"2\"");
    }
    String fourth = "/api/v1/contracts/" + contracts.get(3);
    HttpResponse<String> refused = matching("POST", fourth + "/declaration", be.admin, "\"1\"", null);
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(json(refused).get("rule").asText()).isEqualTo("SHARE_REQUIRED");
    JsonNode after = json(send("GET", fourth, be.admin, null));
    assertThat(after.get("status").asText()).isEqualTo("DRAFT");
    assertThat(after.get("version").asLong()).isEqualTo(1);
    assertThat(audit("BE", contracts.get(3))).extracting(AuditRecord::action).containsExactly("contract.draft");

    assertThat(matching("POST", "/api/v1/members/" + be.member + "/shares", be.admin, "\"1\"", "{\"count\": 1, \"category\": \"A\"}").statusCode())
        .isEqualTo(200);
    assertThat(matching("POST", fourth + "/declaration", be.admin, "\"1\"", null).statusCode()).as("with a share").isEqualTo(200);
    assertThat(audit("BE", contracts.get(3))).extracting(AuditRecord::action).containsExactly("contract.draft", "contract.declare");
  }

  @Test
  void twoDeclarationsOfTheSameVersion_oneWinsOneIsStale() {
    Parties be = parties("BE");
    String location = send("POST", "/api/v1/contracts", be.admin, be.july()).headers().firstValue("Location").orElseThrow();
    assertThat(send("POST", location + "/declaration", be.admin, null).statusCode()).as("without If-Match").isEqualTo(428);
    List<HttpResponse<String>> both = concurrently(() -> matching("POST", location + "/declaration", be.admin, "\"1\"", null),
        () -> matching("POST", location + "/declaration", be.admin, "\"1\"", null));
    assertThat(both.get(0).statusCode()).isEqualTo(200);
    assertThat(both.get(1).statusCode()).isEqualTo(412);
    assertThat(json(both.get(1)).get("type").asText()).isEqualTo("https://smart.coop/problems/stale-version");
    assertThat(json(send("GET", location, be.admin, null)).get("version").asLong()).isEqualTo(2);
  }

  @Test
  void concurrentDeclarationsOfTwoContracts_countEachOther_forAMemberWithoutAShare() {
    Parties be = parties("BE");
    List<String> contracts = IntStream.range(0, 4).mapToObj(i -> json(send("POST", "/api/v1/contracts", be.admin, be.july())).get("id").asText()).toList();
    for (int i = 0; i < 2; i++) matching("POST", "/api/v1/contracts/" + contracts.get(i) + "/declaration", be.admin, "\"1\"", null);
    List<HttpResponse<String>> both = concurrently(
        () -> matching("POST", "/api/v1/contracts/" + contracts.get(2) + "/declaration", be.admin, "\"1\"", null),
        () -> matching("POST", "/api/v1/contracts/" + contracts.get(3) + "/declaration", be.admin, "\"1\"", null));
    assertThat(both).extracting(HttpResponse::statusCode).containsExactly(200, 422);
  }

  @Test
  void cancelsADraftOnce() {
    Parties be = parties("BE");
    String location = send("POST", "/api/v1/contracts", be.admin, be.july()).headers().firstValue("Location").orElseThrow();
    assertThat(matching("POST", location + "/cancellation", be.admin, "\"7\"", null).statusCode()).isEqualTo(412);
    HttpResponse<String> cancelled = matching("POST", location + "/cancellation", be.admin, "\"1\"", null);
    assertThat(cancelled.statusCode()).isEqualTo(200);
    assertThat(json(cancelled).get("status").asText()).isEqualTo("CANCELLED");
    HttpResponse<String> again = matching("POST", location + "/cancellation", be.admin, "\"2\"", null);
    assertThat(again.statusCode()).isEqualTo(422);
    assertThat(json(again).get("rule").asText()).isEqualTo("ILLEGAL_TRANSITION");
    assertThat(matching("POST", location + "/declaration", be.admin, "\"2\"", null).statusCode()).isEqualTo(422);
    assertThat(json(send("GET", location, be.admin, null)).get("version").asLong()).isEqualTo(2);
  }

  @Test
  void aStudentContractsPay_countsTheMembersEarlierHoursInTheYear() {
    Parties be = parties("BE");
    // March: 31 days of 15 hours, 465 of the 475-hour quota, declared. April: 14 hours, 10 within and 4 beyond.
    StringBuilder march = new StringBuilder();
    for (int day = 1; day <= 31; day++) march.append(day == 1 ? "" : ", ").append("{\"date\": \"2017-03-%02d\", \"hours\": \"15\"}".formatted(day));
    String marchTerms = student(be, "2017-03-01", "2017-03-31", march.toString(), "4000.00");
    String marchId = json(send("POST", "/api/v1/contracts", be.admin, marchTerms)).get("id").asText();
    assertThat(matching("POST", "/api/v1/contracts/" + marchId + "/declaration", be.admin, "\"1\"", null).statusCode()).isEqualTo(200);
    JsonNode april = json(send("POST", "/api/v1/contracts", be.admin,
        student(be, "2017-04-03", "2017-04-03", "{\"date\": \"2017-04-03\", \"hours\": \"14\"}", "300.00")));
    assertThat(april.get("quota").get("withinHours").asText()).isEqualTo("10");
    assertThat(april.get("quota").get("beyondHours").asText()).isEqualTo("4");
    JsonNode pay = april.get("pay");
    assertThat(amount(pay, "fee").add(amount(pay, "expenses")).add(amount(pay, "employerContributions")).add(amount(pay, "gross")))
        .isEqualByComparingTo("300.00");
    assertThat(amount(pay, "employeeContributions").add(amount(pay, "withholdingTax")).add(amount(pay, "net")))
        .isEqualByComparingTo(amount(pay, "gross"));
    JsonNode alone = json(send("POST", "/api/v1/contracts", parties("BE").admin, student(parties("BE"), "2017-04-03", "2017-04-03",
        "{\"date\": \"2017-04-03\", \"hours\": \"14\"}", "300.00")));
    assertThat(amount(pay, "net")).as("hours beyond the quota pay employee contributions").isLessThan(amount(alone.get("pay"), "net"));
    assertThat(json(send("GET", "/api/v1/contracts/" + marchId, be.admin, null)).get("quota").get("beyondHours").asText())
        .as("a later draft does not count against an earlier contract").isEqualTo("0");
  }

  @Test
  void anIdempotentRetryReturnsTheFirstResponseAndDraftsOnce() {
    Parties be = parties("BE");
    HttpResponse<String> first = keyed(be.admin, "draft-july", be.july());
    HttpResponse<String> retry = keyed(be.admin, "draft-july", be.july());
    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(retry.statusCode()).isEqualTo(201);
    assertThat(retry.body()).isEqualTo(first.body());
    assertThat(retry.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
    assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(keyed(be.admin, "draft-july", be.july().replace("1000.00", "999.00")).statusCode()).isEqualTo(409);
    assertThat(json(send("GET", "/api/v1/contracts?member=" + be.member, be.admin, null)).get("items")).hasSize(1);
  }

  @Test
  void aMembersKeyDraftsSeesDeclaresAndCancelsItsOwnContractsOnly() {
    Parties be = parties("BE");
    String bob = json(send("POST", "/api/v1/members", be.admin, "{\"kind\": \"NATURAL_PERSON\", \"name\": \"Bob\"}")).get("id").asText();
    String bobs = json(send("POST", "/api/v1/contracts", be.admin, be.july().replace(be.member, bob))).get("id").asText();
    String annasKey = server.key("BE", Role.MEMBER, MemberId.parse(be.member));

    HttpResponse<String> own = send("POST", "/api/v1/contracts", annasKey, be.july());
    assertThat(own.statusCode()).isEqualTo(201);
    String annas = json(own).get("id").asText();
    HttpResponse<String> forBob = send("POST", "/api/v1/contracts", annasKey, be.july().replace(be.member, bob));
    assertThat(forBob.statusCode()).isEqualTo(400);
    assertThat(json(forBob).get("errors").get(0).get("field").asText()).isEqualTo("member");

    assertThat(send("GET", "/api/v1/contracts/" + bobs, annasKey, null).statusCode()).isEqualTo(404);
    assertThat(matching("POST", "/api/v1/contracts/" + bobs + "/declaration", annasKey, "\"1\"", null).statusCode()).isEqualTo(404);
    assertThat(matching("POST", "/api/v1/contracts/" + bobs + "/cancellation", annasKey, "\"1\"", null).statusCode()).isEqualTo(404);
    assertThat(json(send("GET", "/api/v1/contracts", annasKey, null)).get("items")).extracting(item -> item.get("id").asText()).containsExactly(annas);
    assertThat(json(send("GET", "/api/v1/contracts?member=" + bob, annasKey, null)).get("items")).isEmpty();
    assertThat(json(send("GET", "/api/v1/contracts/" + bobs, be.admin, null)).get("version").asLong()).as("untouched").isEqualTo(1);

    assertThat(matching("POST", "/api/v1/contracts/" + annas + "/declaration", annasKey, "\"1\"", null).statusCode()).isEqualTo(200);
    assertThat(matching("POST", "/api/v1/contracts/" + annas + "/cancellation", annasKey, "\"2\"", null).statusCode()).isEqualTo(200);
  }

  @Test
  void anIntegratorDraftsAndReads_butNeitherDeclaresNorCancels() {
    Parties be = parties("BE");
    String integrator = server.key("BE", Role.INTEGRATOR, null);
    String location = send("POST", "/api/v1/contracts", integrator, be.july()).headers().firstValue("Location").orElseThrow();
    assertThat(send("GET", location, integrator, null).statusCode()).isEqualTo(200);
    HttpResponse<String> declare = matching("POST", location + "/declaration", integrator, "\"1\"", null);
    assertThat(declare.statusCode()).isEqualTo(403);
    assertThat(json(declare).get("type").asText()).isEqualTo("https://smart.coop/problems/forbidden");
    assertThat(matching("POST", location + "/cancellation", integrator, "\"1\"", null).statusCode()).isEqualTo(403);
    assertThat(send("GET", location, null, null).statusCode()).isEqualTo(401);
    assertThat(json(send("GET", location, be.admin, null)).get("status").asText()).isEqualTo("DRAFT");
  }

  @Test
  void aKeyNeverReachesAnotherEntitysContracts() {
    Parties be = parties("BE");
    String french = server.key("FR", Role.ADMIN, null);
    String location = send("POST", "/api/v1/contracts", be.admin, be.july()).headers().firstValue("Location").orElseThrow();
    HttpResponse<String> fromFrance = send("GET", location, french, null);
    assertThat(fromFrance.statusCode()).isEqualTo(404);
    assertThat(fromFrance.body()).doesNotContain("BE");
    assertThat(matching("POST", location + "/declaration", french, "\"1\"", null).statusCode()).isEqualTo(404);
    assertThat(matching("POST", location + "/cancellation", french, "\"1\"", null).statusCode()).isEqualTo(404);
    assertThat(json(send("GET", "/api/v1/contracts?member=" + be.member, french, null)).get("items")).isEmpty();
    assertThat(send("GET", "/api/v1/contracts/nonsense", french, null).statusCode()).isEqualTo(404);
    assertThat(json(send("GET", location, be.admin, null)).get("status").asText()).isEqualTo("DRAFT");
  }

  @Test
  void pagesThroughEveryContractOnce_andFiltersByMember() {
    Parties be = parties("BE");
    String other = json(send("POST", "/api/v1/members", be.admin, "{\"kind\": \"NATURAL_PERSON\", \"name\": \"Sven\"}")).get("id").asText();
    Set<String> annas = new HashSet<>();
    Set<String> svens = new HashSet<>();
    for (int i = 0; i < 7; i++) {
      HttpResponse<String> response = send("POST", "/api/v1/contracts", be.admin, i < 5 ? be.july() : be.july().replace(be.member, other));
      assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
      (i < 5 ? annas : svens).add(json(response).get("id").asText());
    }
    assertThat(pages(be.admin, "")).doesNotHaveDuplicates().containsAll(annas).containsAll(svens);
    assertThat(pages(be.admin, "&member=" + be.member)).containsExactlyInAnyOrderElementsOf(annas);
    assertThat(pages(server.key("BE", Role.MEMBER, MemberId.parse(other)), "")).containsExactlyInAnyOrderElementsOf(svens);
    JsonNode item = json(send("GET", "/api/v1/contracts?limit=1&member=" + other, be.admin, null)).get("items").get(0);
    assertThat(item.get("pay").isNull()).as("lists leave the pay out").isTrue();
    assertThat(item.get("paymentDate").asText()).isEqualTo("2017-07-24");
    assertThat(item.get("rulesVerifiedUntil").asText()).as("the payment rules behind the payment date")
        .isEqualTo(EntityCatalog.standard().entity("BE").verifiedUntil().get("payment").toString());
    assertThat(item.has("warnings")).isFalse();
    assertThat(send("GET", "/api/v1/contracts?member=someone", be.admin, null).statusCode()).isEqualTo(400);
  }

  @Test
  void aListedContractEndingAfterTheCoverage_warnsThatItsPaymentRulesWereNotChecked() {
    Parties be = parties("BE");
    String november2026 = be.july().replace("2017-07-10", "2026-11-23").replace("2017-07-14", "2026-11-27");
    HttpResponse<String> created = send("POST", "/api/v1/contracts", be.admin, november2026);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode item = json(send("GET", "/api/v1/contracts?member=" + be.member, be.admin, null)).get("items").get(0);
    assertThat(item.get("warnings")).singleElement().satisfies(warning -> {
      assertThat(warning.get("code").asText()).isEqualTo("RULES_NOT_VERIFIED");
      assertThat(warning.get("sections")).extracting(JsonNode::asText).containsExactly("payment");
    });
    assertThat(json(created).get("warnings").get(0).get("sections")).extracting(JsonNode::asText)
        .as("one contract shows its pay too").containsExactly("fee", "payroll", "payment", "contract");
  }

  private static List<String> pages(String key, String filter) {
    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      JsonNode page = json(send("GET", "/api/v1/contracts?limit=3" + filter + (cursor == null ? "" : "&cursor=" + cursor), key, null));
      assertThat(page.get("items").size()).isLessThanOrEqualTo(3);
      page.get("items").forEach(contract -> seen.add(contract.get("id").asText()));
      cursor = page.hasNonNull("nextCursor") ? page.get("nextCursor").asText() : null;
    } while (cursor != null);
    return seen;
  }

  /** An entity's admin key, with a member (no share) and a client stored in it. */
  private record Parties(String admin, String member, String client) {
    String july() {
      return JULY.formatted(member, client);
    }
  }

  private static Parties parties(String entity) {
    String admin = server.key(entity, Role.ADMIN, null);
    String member = json(send("POST", "/api/v1/members", admin, "{\"kind\": \"NATURAL_PERSON\", \"name\": \"Anna Peeters\"}")).get("id").asText();
    String client = json(send("POST", "/api/v1/clients", admin, "{\"name\": \"Ancienne Belgique\", \"country\": \"BE\", \"kind\": \"BUSINESS\"}"))
        .get("id").asText();
    return new Parties(admin, member, client);
  }

  private static String student(Parties parties, String start, String end, String days, String invoiced) {
    return """
        {"member": "%s", "client": "%s", "contractType": "STUDENT", "structure": "ASSOCIATED_PRODUCTIONS", "start": "%s", "end": "%s",
         "workDays": [%s], "invoicedAmount": {"amount": "%s", "currency": "EUR"}, "withholdingRate": "0"}"""
        .formatted(parties.member, parties.client, start, end, days, invoiced);
  }

  private static void assertRefused(Parties parties, String body, String field) {
    HttpResponse<String> response = send("POST", "/api/v1/contracts", parties.admin, body);
    assertThat(response.statusCode()).as(body).isEqualTo(400);
    assertThat(json(response).get("errors")).as(response.body()).extracting(error -> error.get("field").asText()).contains(field);
  }

  private static BigDecimal amount(JsonNode pay, String field) {
    return new BigDecimal(pay.get(field).get("amount").asText());
  }

  @SafeVarargs
  private static List<HttpResponse<String>> concurrently(Supplier<HttpResponse<String>>... calls) {
    List<CompletableFuture<HttpResponse<String>>> running = Arrays.stream(calls).map(CompletableFuture::supplyAsync).toList();
    List<HttpResponse<String>> responses = new ArrayList<>(running.stream().map(CompletableFuture::join).toList());
    responses.sort(Comparator.comparingInt(HttpResponse::statusCode));
    return responses;
  }

  private static List<AuditRecord> audit(String entity, String contractId) {
    return new JdbiAuditTrail(server.dependencies().database(), EntityCode.of(entity)).about("contract", contractId);
  }

  private static HttpResponse<String> keyed(String key, String idempotencyKey, String body) {
    return new Calls(server).keyed("/api/v1/contracts", key, idempotencyKey, body);
  }

  private static HttpResponse<String> matching(String method, String path, String key, String etag, String body) {
    return new Calls(server).matching(method, path, key, etag, body);
  }

  static HttpResponse<String> send(String method, String path, String key, String body) {
    return new Calls(server).send(method, path, key, body);
  }
}
