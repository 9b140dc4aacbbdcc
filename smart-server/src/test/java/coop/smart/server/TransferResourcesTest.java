package coop.smart.server;

import static coop.smart.server.RunningServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import coop.smart.core.client.Client;
import coop.smart.core.contract.Contract;
import coop.smart.core.ledger.AccountType;
import coop.smart.core.member.Member;
import coop.smart.core.member.MemberId;
import coop.smart.core.operation.Role;
import coop.smart.documents.PaymentOrder;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.joda.money.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Members' bank accounts and the day's transfers to them over HTTP: the payment run's salaries and
 * the expenses refunded that day, as JSON or as the pain.001 payment order a bank takes, the same
 * bytes each time; the salaries of members without an account withheld, never dropped.
 */
class TransferResourcesTest {

  private static final LocalDate JULY_14 = LocalDate.of(2017, 7, 14);
  private static final String TRANSFERS = "/api/v1/guarantee-fund/payment-runs/2017-07-24/transfers";
  private static final String LENAS_IBAN = "NL91ABNA0417164300";

  private final TestClock clock = TestClock.on(LocalDate.of(2017, 7, 20));
  private RunningServer server;
  private StoredBooks books;
  private Calls calls;
  private String adminKey;
  private KeyedCalls admin;

  @BeforeEach
  void start() {
    server = RunningServer.start(Dependencies.standard().withClock(clock));
    books = new StoredBooks(server, "BE");
    calls = new Calls(server);
    adminKey = server.key("BE", Role.ADMIN, null);
    admin = new KeyedCalls(server, adminKey);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aDaysSalariesAndRefunds_areOnePaymentOrder_theSameBytesEachTime_andTheWithheldAreListed() {
    Member lena = books.withShare(joined("{\"kind\": \"NATURAL_PERSON\", \"name\": \"Lena Maes\", \"bankAccount\": {\"iban\": \"NL91 ABNA 0417 1643 00\"}}")
        .get("id").asText());
    Member tom = books.shareholder("Tom Peeters");
    Client venue = books.localBusiness();
    for (Member member : new Member[] {lena, tom}) {
      Contract contract = books.declaredContract(member, venue, "1000.00", JULY_14);
      assertThat(admin.post("/api/v1/invoices", "{\"contract\": \"" + contract.id() + "\", \"issueDate\": \"2017-07-14\"}").statusCode()).isEqualTo(201);
    }
    String studio = calls.activity(adminKey, "Studio", lena.id().toString()).get("id").asText();
    calls.fund(adminKey, studio, lena.id().toString(), "500.00", "2017-07-20");
    Money bankBefore = books.balance(AccountType.BANK, null);

    // Served on Friday 14 July: paid on Monday 24 July, with Lena's camera strap refunded that day.
    clock.moveTo(LocalDate.of(2017, 7, 24));
    JsonNode run = json(admin.post("/api/v1/guarantee-fund/payment-runs?on=2017-07-24", null));
    assertThat(run.get("paid")).hasSize(2);
    assertThat(run.get("withheld")).singleElement().satisfies(withheld -> {
      assertThat(withheld.get("member").asText()).isEqualTo(tom.id().toString());
      assertThat(withheld.get("iban").isNull()).isTrue();
    });
    HttpResponse<String> refund = calls.send("POST", "/api/v1/activities/" + studio + "/expenses", adminKey, "{\"claimant\": \"" + lena.id()
        + "\", \"description\": \"Camera strap\", \"amount\": " + Calls.eur("45.60") + ", \"incurredOn\": \"2017-07-21\", \"paidOn\": \"2017-07-24\","
        + " \"administrator\": \"" + lena.id() + "\"}");
    assertThat(refund.statusCode()).as(refund.body()).isEqualTo(201);

    HttpResponse<byte[]> order = admin.accept(TRANSFERS, "application/xml");
    assertThat(order.statusCode()).isEqualTo(200);
    assertThat(order.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
    assertThat(order.headers().firstValue("Withheld-Transfers")).hasValue("1");
    PaymentOrder.validate(order.body());
    String xml = new String(order.body(), StandardCharsets.UTF_8);
    assertThat(xml).contains("<NbOfTxs>2</NbOfTxs>", "<ReqdExctnDt>2017-07-24</ReqdExctnDt>", "<IBAN>BE68539007547034</IBAN>",
        "<IBAN>" + LENAS_IBAN + "</IBAN>", "<Nm>Lena Maes</Nm>", "Expense refund: Camera strap", "<Cd>SALA</Cd>", "<Cd>BEXP</Cd>")
        .doesNotContain("Tom Peeters");

    JsonNode day = json(admin.get(TRANSFERS));
    assertThat(day.get("count").asInt()).isEqualTo(2);
    assertThat(xml).contains("<CtrlSum>" + day.get("controlSum").get("amount").asText() + "</CtrlSum>");
    // The books paid both salaries and the refund from the bank account: the order and the withheld salary together.
    BigDecimal withheld = new BigDecimal(day.get("withheld").get(0).get("amount").get("amount").asText());
    assertThat(new BigDecimal(day.get("controlSum").get("amount").asText()).add(withheld))
        .isEqualTo(bankBefore.minus(books.balance(AccountType.BANK, null)).getAmount());
    assertThat(day.get("transfers").get(1).get("amount").get("amount").asText()).isEqualTo("45.60");

    assertThat(json(admin.post("/api/v1/guarantee-fund/payment-runs?on=2017-07-24", null)).get("paid")).as("paid once").isEmpty();
    assertThat(admin.accept(TRANSFERS, "application/xml").body()).as("the same bytes").isEqualTo(order.body());
    assertThat(json(admin.get(TRANSFERS))).isEqualTo(day);
  }

  @Test
  void theTransfers_areStaffOnly_negotiated_andADayWithoutAny_isNotFound() {
    Member anna = books.shareholder("Anna");
    books.declaredContract(anna, books.localBusiness(), "1000.00", JULY_14);
    clock.moveTo(LocalDate.of(2017, 7, 24));
    admin.post("/api/v1/invoices", "{\"contract\": \"" + books.declaredContract(anna, books.localBusiness(), "800.00", JULY_14).id()
        + "\", \"issueDate\": \"2017-07-14\"}");
    admin.post("/api/v1/guarantee-fund/payment-runs?on=2017-07-24", null);

    assertThat(new KeyedCalls(server, server.key("BE", Role.ADVISOR, null)).get(TRANSFERS).statusCode()).isEqualTo(200);
    assertThat(new KeyedCalls(server, server.key("BE", Role.MEMBER, anna.id())).get(TRANSFERS).statusCode()).isEqualTo(403);
    assertThat(new KeyedCalls(server, server.key("BE", Role.INTEGRATOR, null)).get(TRANSFERS).statusCode()).isEqualTo(403);
    assertThat(new KeyedCalls(server, server.key("FR", Role.ADMIN, null)).get(TRANSFERS).statusCode()).as("another entity's").isEqualTo(404);
    HttpResponse<byte[]> html = admin.accept(TRANSFERS, "text/html");
    assertThat(html.statusCode()).isEqualTo(406);
    assertThat(new String(html.body(), StandardCharsets.UTF_8)).contains("application/xml");
    HttpResponse<byte[]> allWithheld = admin.accept(TRANSFERS, "application/xml");
    assertThat(allWithheld.statusCode()).isEqualTo(422);
    assertThat(new String(allWithheld.body(), StandardCharsets.UTF_8)).contains(PaymentOrder.ALL_WITHHELD, anna.id().toString());
    assertThat(json(admin.get(TRANSFERS)).get("withheld")).hasSize(1);
    HttpResponse<String> none = admin.get("/api/v1/guarantee-fund/payment-runs/2017-07-25/transfers");
    assertThat(none.statusCode()).isEqualTo(404);
    assertThat(json(none).get("detail").asText()).contains("2017-07-25");
    assertThat(admin.accept("/api/v1/guarantee-fund/payment-runs/2017-07-25/transfers", "application/xml").statusCode()).isEqualTo(404);
    assertThat(admin.get("/api/v1/guarantee-fund/payment-runs/not-a-day/transfers").statusCode()).isEqualTo(404);
  }

  @Test
  void aMember_changesItsOwnBankAccount_staffAnyones_andABadIbanIsRefusedNamingIt() {
    JsonNode lena = joined("{\"kind\": \"NATURAL_PERSON\", \"name\": \"Lena Maes\"}");
    assertThat(lena.get("bankAccount").isNull()).isTrue();
    String path = "/api/v1/members/" + lena.get("id").asText() + "/bank-account";
    String lenasKey = server.key("BE", Role.MEMBER, MemberId.parse(lena.get("id").asText()));

    HttpResponse<String> changed = calls.matching("PUT", path, lenasKey, "\"1\"",
        "{\"iban\": \"be68 5390 0754 7034\", \"bic\": \"GEBABEBB\", \"holder\": \"Studio Maes\"}");
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(changed.headers().firstValue("ETag")).hasValue("\"2\"");
    assertThat(json(changed).get("bankAccount")).isEqualTo(parsed("{\"iban\": \"BE68539007547034\", \"bic\": \"GEBABEBB\", \"holder\": \"Studio Maes\"}"));
    assertThat(books.auditActions("member", lena.get("id").asText())).containsExactly("member.join", "member.change-bank-account");

    long version = 2;
    for (String iban : new String[] {"FR1420041010050500013M02606", "DE89370400440532013000", "NL91ABNA0417164300"}) {
      HttpResponse<String> accepted = calls.matching("PUT", path, adminKey, "\"" + version++ + "\"", "{\"iban\": \"" + iban + "\"}");
      assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
      assertThat(json(accepted).get("bankAccount").get("holder").asText()).isEqualTo("Lena Maes");
    }
    String current = "\"" + version + "\"";
    assertThat(refusedField(calls.matching("PUT", path, adminKey, current, "{\"iban\": \"NL92ABNA0417164300\"}"))).isEqualTo("iban");
    assertThat(refusedField(calls.matching("PUT", path, adminKey, current, "{\"iban\": \"DE8937040044053201300\"}"))).isEqualTo("iban");
    assertThat(refusedField(calls.matching("PUT", path, adminKey, current, "{\"bic\": \"GEBABEBB\"}"))).isEqualTo("iban");
    assertThat(refusedField(admin.post("/api/v1/members", "{\"kind\": \"NATURAL_PERSON\", \"name\": \"Tom\", \"bankAccount\": {\"iban\": \"BE68539007547035\"}}")))
        .isEqualTo("bankAccount.iban");
    assertThat(json(admin.get("/api/v1/members/" + lena.get("id").asText())).get("bankAccount").get("iban").asText()).isEqualTo("NL91ABNA0417164300");

    String other = joined("{\"kind\": \"NATURAL_PERSON\", \"name\": \"Tom\"}").get("id").asText();
    assertThat(calls.matching("PUT", "/api/v1/members/" + other + "/bank-account", lenasKey, "\"1\"", "{\"iban\": \"" + LENAS_IBAN + "\"}")
        .statusCode()).as("another member's, as if it did not exist").isEqualTo(404);
    assertThat(calls.matching("PUT", path, server.key("BE", Role.INTEGRATOR, null), current, "{\"iban\": \"" + LENAS_IBAN + "\"}").statusCode())
        .isEqualTo(403);
    assertThat(calls.send("PUT", path, adminKey, "{\"iban\": \"" + LENAS_IBAN + "\"}").statusCode()).isEqualTo(428);
    assertThat(calls.matching("PUT", path, adminKey, "\"2\"", "{\"iban\": \"" + LENAS_IBAN + "\"}").statusCode()).isEqualTo(412);
  }

  private JsonNode joined(String member) {
    HttpResponse<String> joined = admin.post("/api/v1/members", member);
    assertThat(joined.statusCode()).as(joined.body()).isEqualTo(201);
    return json(joined);
  }

  private static JsonNode parsed(String text) {
    try {
      return new ObjectMapper().readTree(text);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(text, e);
    }
  }

  private static String refusedField(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    return json(response).get("errors").get(0).get("field").asText();
  }
}
