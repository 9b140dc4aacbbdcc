package coop.smart.server;

import static coop.smart.server.RunningServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import coop.smart.core.client.Client;
import coop.smart.core.contract.Contract;
import coop.smart.core.contract.ContractStatus;
import coop.smart.core.ledger.AccountType;
import coop.smart.core.operation.Role;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The guarantee fund over HTTP, each test on a fresh database so the fund's figures are the
 * test's own: salaries paid on their date by the payment run, advances, recoveries and losses.
 * Each story starts on 20 July 2017, and its clock moves on as its days pass.
 */
class GuaranteeFundResourcesTest {

  private static final LocalDate JULY_14 = LocalDate.of(2017, 7, 14);

  private final TestClock clock = TestClock.on(LocalDate.of(2017, 7, 20));
  private RunningServer server;
  private StoredBooks books;
  private KeyedCalls admin;

  @BeforeEach
  void start() {
    server = RunningServer.start(Dependencies.standard().withClock(clock));
    books = new StoredBooks(server, "BE");
    admin = new KeyedCalls(server, server.key("BE", Role.ADMIN, null));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void declaredInvoicedUnpaidOnItsDate_theFundAdvances_andTheLatePaymentRepaysIt() {
    assertThat(admin.post("/api/v1/guarantee-fund/contributions", contribution("10000.00")).statusCode()).isEqualTo(201);
    Client venue = books.localBusiness();
    Contract contract = books.declaredContract(books.shareholder("Anna"), venue, "1000.00", JULY_14);
    JsonNode invoice = json(admin.post("/api/v1/invoices", "{\"contract\": \"" + contract.id() + "\", \"issueDate\": \"2017-07-14\"}"));

    // Served on Friday 14 July: paid on the 7th working day after, Monday 24 July.
    clock.moveTo(LocalDate.of(2017, 7, 24));
    assertThat(json(admin.post("/api/v1/guarantee-fund/payment-runs?on=2017-07-21", null)).get("paid")).isEmpty();
    HttpResponse<String> run = admin.post("/api/v1/guarantee-fund/payment-runs?on=2017-07-24", null);
    assertThat(run.statusCode()).isEqualTo(200);
    JsonNode paid = json(run).get("paid");
    assertThat(paid).hasSize(1);
    assertThat(paid.get(0).get("contract").asText()).isEqualTo(contract.id().toString());
    assertThat(paid.get(0).get("invoice").asText()).isEqualTo(invoice.get("number").asText());
    assertThat(paid.get(0).get("paymentDate").asText()).isEqualTo("2017-07-24");
    // The client paid nothing: the fund advances all the invoice set aside, 1,000.00 less the 65.00 fee.
    assertThat(amount(paid.get(0).get("advanced"))).isEqualTo("935.00");
    assertThat(books.contract(contract.id()).status()).isEqualTo(ContractStatus.PAID);
    assertThat(books.auditActions("contract", contract.id())).containsExactly("contract.pay-salary");
    assertThat(json(admin.post("/api/v1/guarantee-fund/payment-runs?on=2017-07-24", null)).get("paid")).as("paid once").isEmpty();
    assertFund("10000.00", "935.00", "0.00", "0.00", "935.00");

    clock.moveTo(LocalDate.of(2017, 9, 2));
    HttpResponse<String> late = admin.change("/api/v1/invoices/" + invoice.get("id").asText() + "/payments", "\"1\"",
        "{\"amount\": {\"amount\": \"1210.00\", \"currency\": \"EUR\"}, \"paidOn\": \"2017-09-02\"}");
    assertThat(late.statusCode()).isEqualTo(200);
    assertThat(json(late).get("status").asText()).isEqualTo("PAID");
    assertFund("10000.00", "935.00", "935.00", "0.00", "0.00");
    assertThat(books.balance(AccountType.CLIENT_RECEIVABLES, venue.id())).isEqualTo(books.money("0.00"));
    assertThat(books.balance(AccountType.VAT_PAYABLE, null)).isEqualTo(books.money("-210.00"));
  }

  @Test
  void aClientDefaultingAfterTheAdvance_turnsItIntoALoss() {
    Client venue = books.localBusiness();
    Contract contract = books.declaredContract(books.shareholder("Anna"), venue, "1000.00", JULY_14);
    JsonNode invoice = json(admin.post("/api/v1/invoices", "{\"contract\": \"" + contract.id() + "\", \"issueDate\": \"2017-07-14\"}"));
    String path = "/api/v1/invoices/" + invoice.get("id").asText();
    admin.change(path + "/payments", "\"1\"", "{\"amount\": {\"amount\": \"210.00\", \"currency\": \"EUR\"}, \"paidOn\": \"2017-07-20\"}");
    // 210.00 paid goes to the pay first: the fund advances the other 725.00.
    clock.moveTo(LocalDate.of(2017, 10, 3));
    assertThat(amount(json(admin.post("/api/v1/guarantee-fund/payment-runs?on=2017-07-24", null)).get("paid").get(0).get("advanced")))
        .isEqualTo("725.00");

    HttpResponse<String> declared = admin.post("/api/v1/clients/" + venue.id() + "/default?on=2017-10-02", null);
    assertThat(declared.statusCode()).isEqualTo(200);
    assertThat(json(declared).get("writtenOff")).hasSize(1);
    assertThat(json(declared).get("writtenOff").get(0).get("status").asText()).isEqualTo("WRITTEN_OFF");
    // Nothing was contributed to this fund: its balance is the loss.
    assertFund("-725.00", "725.00", "0.00", "725.00", "0.00");
    // The rest of the 1,000.00 still due, 275.00 of VAT and fee, is a bad debt.
    assertThat(books.balance(AccountType.BAD_DEBTS, null)).isEqualTo(books.money("275.00"));
    assertThat(json(admin.post("/api/v1/clients/" + venue.id() + "/default?on=2017-10-03", null)).get("writtenOff")).as("nothing open").isEmpty();

    int entries = books.journalEntries();
    HttpResponse<String> payment = admin.change(path + "/payments", "\"3\"", "{\"amount\": {\"amount\": \"10.00\", \"currency\": \"EUR\"}}");
    assertThat(payment.statusCode()).isEqualTo(422);
    assertThat(json(payment).get("rule").asText()).isEqualTo("WRITTEN_OFF");
    assertThat(books.journalEntries()).isEqualTo(entries);
    assertThat(amount(json(admin.get(path)).get("paid"))).isEqualTo("210.00");
  }

  @Test
  void aClientInDefaultBeforeThePaymentDate_theFundStillPaysAndLosesItAtOnce() {
    Client venue = books.localBusiness();
    Contract contract = books.declaredContract(books.shareholder("Anna"), venue, "1000.00", JULY_14);
    admin.post("/api/v1/invoices", "{\"contract\": \"" + contract.id() + "\", \"issueDate\": \"2017-07-14\"}");
    admin.post("/api/v1/clients/" + venue.id() + "/default?on=2017-07-20", null);

    clock.moveTo(LocalDate.of(2017, 7, 31));
    JsonNode paid = json(admin.post("/api/v1/guarantee-fund/payment-runs?on=2017-07-31", null)).get("paid");

    assertThat(amount(paid.get(0).get("advanced"))).isEqualTo("935.00");
    assertThat(books.contract(contract.id()).status()).isEqualTo(ContractStatus.PAID);
    assertFund("-935.00", "935.00", "0.00", "935.00", "0.00");
  }

  @Test
  void staffOnly_oneEntityEach_andNeverAheadOfToday() {
    KeyedCalls member = new KeyedCalls(server, server.key("BE", Role.MEMBER, books.shareholder("Anna").id()));
    KeyedCalls advisor = new KeyedCalls(server, server.key("BE", Role.ADVISOR, null));
    KeyedCalls french = new KeyedCalls(server, server.key("FR", Role.ADMIN, null));
    admin.post("/api/v1/guarantee-fund/contributions", contribution("500.00"));

    assertThat(member.get("/api/v1/guarantee-fund").statusCode()).isEqualTo(403);
    assertThat(member.post("/api/v1/guarantee-fund/payment-runs", null).statusCode()).isEqualTo(403);
    assertThat(advisor.post("/api/v1/guarantee-fund/contributions", contribution("1.00")).statusCode()).isEqualTo(403);
    assertThat(member.post("/api/v1/clients/" + books.localBusiness().id() + "/default", null).statusCode()).isEqualTo(403);
    assertThat(advisor.post("/api/v1/clients/" + UUID.randomUUID() + "/default", null).statusCode()).isEqualTo(404);
    assertThat(amount(json(french.get("/api/v1/guarantee-fund")).get("balance"))).isEqualTo("0.00");
    HttpResponse<String> ahead = admin.post("/api/v1/guarantee-fund/payment-runs?on=" + clock.today().plusDays(2), null);
    assertThat(ahead.statusCode()).isEqualTo(400);
    assertThat(json(ahead).get("errors").get(0).get("field").asText()).isEqualTo("on");
    assertThat(admin.post("/api/v1/guarantee-fund/contributions", "{\"amount\": {\"amount\": \"-1.00\", \"currency\": \"EUR\"}}").statusCode())
        .isEqualTo(400);
    HttpResponse<String> retried = admin.keyed("/api/v1/guarantee-fund/contributions", "contribution-1", contribution("100.00"));
    assertThat(admin.keyed("/api/v1/guarantee-fund/contributions", "contribution-1", contribution("100.00")).body()).isEqualTo(retried.body());
    assertThat(amount(json(advisor.get("/api/v1/guarantee-fund")).get("balance"))).as("contributed once").isEqualTo("600.00");
  }

  private void assertFund(String balance, String advanced, String recovered, String lost, String outstanding) {
    JsonNode fund = json(admin.get("/api/v1/guarantee-fund"));
    assertThat(amount(fund.get("balance"))).as("balance").isEqualTo(balance);
    assertThat(amount(fund.get("advanced"))).as("advanced").isEqualTo(advanced);
    assertThat(amount(fund.get("recovered"))).as("recovered").isEqualTo(recovered);
    assertThat(amount(fund.get("lost"))).as("lost").isEqualTo(lost);
    assertThat(amount(fund.get("outstanding"))).as("outstanding").isEqualTo(outstanding);
  }

  private static String contribution(String amount) {
    return "{\"amount\": {\"amount\": \"" + amount + "\", \"currency\": \"EUR\"}, \"on\": \"2017-01-02\"}";
  }

  private static String amount(JsonNode money) {
    return money.get("amount").asText();
  }
}
