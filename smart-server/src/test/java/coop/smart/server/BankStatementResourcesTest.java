package coop.smart.server;

import static coop.smart.server.RunningServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import coop.smart.core.client.Client;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.invoice.InvoiceNumber;
import coop.smart.core.invoice.PaymentReference;
import coop.smart.core.ledger.AccountType;
import coop.smart.core.member.Member;
import coop.smart.core.operation.Role;
import coop.smart.documents.bank.StatementFile;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.joda.money.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Bank statements over HTTP, each test on a fresh database so the ledger is the test's own:
 * invoices issued on 14 July 2017, their salaries advanced by the guarantee fund on the 24th,
 * and the bank's statement of the 25th paying them, or not.
 */
class BankStatementResourcesTest {

  private static final LocalDate JULY_14 = LocalDate.of(2017, 7, 14);
  private static final LocalDate JULY_25 = LocalDate.of(2017, 7, 25); // Tue
  private static final String PATH = "/api/v1/bank-statements";
  private static final String XML = "application/xml";

  private final TestClock clock = TestClock.on(LocalDate.of(2017, 7, 20));
  private RunningServer server;
  private StoredBooks books;
  private KeyedCalls admin;
  private String account;

  @BeforeEach
  void start() {
    server = RunningServer.start(Dependencies.standard().withClock(clock));
    books = new StoredBooks(server, "BE");
    admin = new KeyedCalls(server, server.key("BE", Role.ADMIN, null));
    account = EntityCatalog.standard().entity("BE").issuer().iban();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aStatement_paysTheInvoicesItsReferencesName_queuesTheRest_andImportingItAgainChangesNothing() {
    Client venue = books.localBusiness();
    Client festival = books.client("Festival des Arts", "BE", "BE0417497106");
    Member anna = books.shareholder("Anna");
    JsonNode full = invoice(anna, venue, "1000.00");
    JsonNode partial = invoice(anna, venue, "1000.00");
    JsonNode over = invoice(anna, venue, "1000.00");
    JsonNode suggested = invoice(anna, festival, "500.00");
    clock.moveTo(JULY_25);
    // Every salary is paid on Monday 24 July, the fund advancing what no client has paid: 935.00 each, 467.50 for the festival.
    assertThat(json(admin.post("/api/v1/guarantee-fund/payment-runs?on=2017-07-24", null)).get("paid")).hasSize(4);

    String statement = new StatementFile("STMT-2017-206", account, JULY_25)
        .credit("E1", eur("1210.00"), JULY_25, "Brussels venue", "BE71096123456769", belgian(full), null)
        .credit("E2", eur("500.00"), JULY_25, "Brussels venue", null, PaymentReference.creditor(number(partial)).text(), null)
        // The over-payment quotes its reference as banks also pass it on: twelve bare digits.
        .credit("E3", eur("1300.00"), JULY_25, "Brussels venue", null, belgian(over).replaceAll("\\D", ""), null)
        .credit("E4", eur("1210.00"), JULY_25, "Brussels venue", null, belgian(full), "paid twice by mistake")
        .credit("E5", eur("50.00"), JULY_25, "Someone", null, PaymentReference.belgian(new InvoiceNumber(books.code(), 2017, 99_999_999)).text(), null)
        .credit("E6", eur("605.00"), JULY_25, "FESTIVAL  des arts", null, null, "our invoice of July")
        .debit("E7", eur("12.50"), JULY_25, "bank charges")
        .xml();

    Money bankBefore = books.balance(AccountType.BANK, null); // the salaries paid out of it
    HttpResponse<String> imported = admin.post(PATH, XML, statement);

    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
    JsonNode result = json(imported);
    assertThat(imported.headers().firstValue("Location")).hasValue(PATH + "/" + result.get("id").asText());
    assertThat(result.get("reference").asText()).isEqualTo("STMT-2017-206");
    assertThat(statuses(result)).containsExactly("MATCHED", "MATCHED", "MATCHED", "UNMATCHED", "UNMATCHED", "SUGGESTED", "UNMATCHED");
    assertThat(result.get("counts").get("MATCHED").asInt()).isEqualTo(3);
    JsonNode entries = result.get("entries");
    assertThat(amount(entries.get(2).get("paid"))).isEqualTo("1210.00");
    assertThat(amount(entries.get(2).get("clientCredit"))).isEqualTo("90.00");
    assertThat(entries.get(3).get("note").asText()).contains("BE-2017-000001", "nothing is left due");
    assertThat(entries.get(4).get("note").asText()).contains("BE-2017-99999999", "not stored");
    assertThat(entries.get(5).get("invoice").asText()).isEqualTo(suggested.get("id").asText());
    assertThat(entries.get(6).get("direction").asText()).isEqualTo("DEBIT");
    assertThat(invoiceStatus(full)).isEqualTo("PAID");
    assertThat(invoiceStatus(partial)).isEqualTo("PARTIALLY_PAID");
    assertThat(invoiceStatus(over)).isEqualTo("PAID");
    assertThat(invoiceStatus(suggested)).as("a suggestion pays nothing").isEqualTo("ISSUED");
    // Booked: 1,210.00 + 500.00 + 1,300.00; the 90.00 beyond the third invoice is the venue's credit.
    assertThat(books.balance(AccountType.BANK, null).minus(bankBefore)).isEqualTo(eur("3010.00"));
    assertThat(books.balance(AccountType.CLIENT_CREDITS, venue.id())).isEqualTo(eur("-90.00"));
    // The fund advanced the pay of all four; the payments repay it first: 935.00 + 500.00 + 935.00.
    JsonNode fund = json(admin.get("/api/v1/guarantee-fund"));
    assertThat(amount(fund.get("recovered"))).isEqualTo("2370.00");
    assertThat(amount(fund.get("outstanding"))).isEqualTo("902.50");
    assertThat(books.auditActions("bank-statement", result.get("id").asText())).containsExactly("bank-statement.import");

    int journal = books.journalEntries();
    JsonNode queue = json(admin.get(PATH + "/unmatched"));
    HttpResponse<String> again = admin.post(PATH, XML, statement);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(json(again)).isEqualTo(result);
    assertThat(books.journalEntries()).isEqualTo(journal);
    assertThat(json(admin.get(PATH + "/unmatched"))).isEqualTo(queue);
    assertThat(invoiceStatus(partial)).isEqualTo("PARTIALLY_PAID");
    assertThat(json(admin.get(PATH + "/" + result.get("id").asText()))).isEqualTo(result);
  }

  @Test
  void theQueue_anAdvisorAssignsOrDismissesEachWaitingEntry_once() {
    Client festival = books.client("Festival des Arts", "BE", "BE0417497106");
    JsonNode invoice = invoice(books.shareholder("Anna"), festival, "500.00");
    clock.moveTo(JULY_25);
    admin.post(PATH, XML, new StatementFile("STMT-1", account, JULY_25)
        .credit("E1", eur("700.00"), JULY_25, "Festival des Arts", null, null, "July")
        .debit("E2", eur("12.50"), JULY_25, "bank charges")
        .credit("E3", eur("20.00"), JULY_25, null, null, null, null)
        .xml());
    KeyedCalls advisor = new KeyedCalls(server, server.key("BE", Role.ADVISOR, null));

    JsonNode page = json(advisor.get(PATH + "/unmatched?limit=2"));
    assertThat(page.get("items")).hasSize(2);
    List<JsonNode> waiting = new ArrayList<>();
    page.get("items").forEach(waiting::add);
    json(advisor.get(PATH + "/unmatched?limit=2&cursor=" + page.get("nextCursor").asText())).get("items").forEach(waiting::add);
    assertThat(waiting).extracting(entry -> entry.get("reference").asText()).containsExactlyInAnyOrder("E1", "E2", "E3");
    String credit = idOf(waiting, "E1");
    String debit = idOf(waiting, "E2");

    HttpResponse<String> assigned = advisor.post(PATH + "/entries/" + credit + "/assign", "{\"invoice\": \"" + invoice.get("id").asText() + "\"}");
    assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);
    assertThat(json(assigned).get("status").asText()).isEqualTo("ASSIGNED");
    assertThat(amount(json(assigned).get("paid"))).isEqualTo("605.00");
    assertThat(amount(json(assigned).get("clientCredit"))).isEqualTo("95.00");
    assertThat(invoiceStatus(invoice)).isEqualTo("PAID");
    assertThat(books.balance(AccountType.CLIENT_CREDITS, festival.id())).isEqualTo(eur("-95.00"));
    assertThat(books.balance(AccountType.BANK, null)).isEqualTo(eur("700.00"));

    HttpResponse<String> debitAssigned = advisor.post(PATH + "/entries/" + debit + "/assign", "{\"invoice\": \"" + invoice.get("id").asText() + "\"}");
    assertThat(debitAssigned.statusCode()).isEqualTo(422);
    assertThat(json(debitAssigned).get("rule").asText()).isEqualTo("STATEMENT_ENTRY_NOT_PAYABLE");
    HttpResponse<String> dismissed = advisor.post(PATH + "/entries/" + debit + "/dismiss", "{\"reason\": \"bank charges, booked by the accountant\"}");
    assertThat(dismissed.statusCode()).isEqualTo(200);
    assertThat(json(dismissed).get("status").asText()).isEqualTo("DISMISSED");
    assertThat(json(dismissed).get("note").asText()).isEqualTo("bank charges, booked by the accountant");

    HttpResponse<String> twice = advisor.post(PATH + "/entries/" + credit + "/dismiss", "{\"reason\": \"again\"}");
    assertThat(twice.statusCode()).isEqualTo(422);
    assertThat(json(twice).get("rule").asText()).isEqualTo("STATEMENT_ENTRY_RESOLVED");
    assertThat(advisor.post(PATH + "/entries/" + debit + "/dismiss", "{\"reason\": \" \"}").statusCode()).isEqualTo(400);
    assertThat(advisor.post(PATH + "/entries/" + UUID.randomUUID() + "/dismiss", "{\"reason\": \"x\"}").statusCode()).isEqualTo(404);
    assertThat(json(advisor.get(PATH + "/unmatched")).get("items")).extracting(entry -> entry.get("reference").asText()).containsExactly("E3");
    assertThat(books.auditActions("bank-statement-entry", credit)).containsExactly("bank-statement.entry.assign");
  }

  @Test
  void advisorsOnly() {
    String statement = new StatementFile("STMT-1", account, JULY_14).xml();
    KeyedCalls member = new KeyedCalls(server, server.key("BE", Role.MEMBER, books.shareholder("Anna").id()));
    KeyedCalls integrator = new KeyedCalls(server, server.key("BE", Role.INTEGRATOR, null));
    for (KeyedCalls refused : List.of(member, integrator)) {
      assertThat(refused.post(PATH, XML, statement).statusCode()).isEqualTo(403);
      assertThat(refused.get(PATH + "/unmatched").statusCode()).isEqualTo(403);
      assertThat(refused.get(PATH + "/" + UUID.randomUUID()).statusCode()).isEqualTo(403);
      assertThat(refused.post(PATH + "/entries/" + UUID.randomUUID() + "/assign", "{\"invoice\": \"" + UUID.randomUUID() + "\"}").statusCode())
          .isEqualTo(403);
      assertThat(refused.post(PATH + "/entries/" + UUID.randomUUID() + "/dismiss", "{\"reason\": \"x\"}").statusCode()).isEqualTo(403);
    }
    assertThat(server.post(PATH, XML, statement).statusCode()).isEqualTo(401);
    assertThat(admin.get(PATH + "/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
  }

  @Test
  void anInvalidStatement_isRefusedNamingWhereItIsWrong_andChangesNothing() {
    String valid = new StatementFile("STMT-1", account, JULY_14).credit("E1", eur("10.00"), JULY_14, null, null, null, null).xml();

    HttpResponse<String> invalid = admin.post(PATH, XML, valid.replace("<CdtDbtInd>CRDT</CdtDbtInd>\n        <Sts>", "<CdtDbtInd>CREDIT</CdtDbtInd>\n        <Sts>"));
    assertThat(invalid.statusCode()).isEqualTo(400);
    assertThat(json(invalid).get("errors").get(0).get("field").asText()).isEqualTo("statement");
    assertThat(json(invalid).get("errors").get(0).get("message").asText()).startsWith("line 13, column").contains("CREDIT");

    HttpResponse<String> notXml = admin.post(PATH, "{}");
    assertThat(notXml.statusCode()).isEqualTo(415);

    String xxe = valid.replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE Document [<!ENTITY account SYSTEM \"file:///etc/hostname\">]>\n")
        .replace("<Id>STMT-1</Id>", "<Id>&account;</Id>");
    HttpResponse<String> entity = admin.post(PATH, XML, xxe);
    assertThat(entity.statusCode()).isEqualTo(400);
    assertThat(json(entity).get("errors").get(0).get("message").asText()).contains("DOCTYPE");

    HttpResponse<String> tooLarge = admin.post(PATH, XML, valid.replace("</Document>", "<!--" + "x".repeat(32 << 20) + "--></Document>"));
    assertThat(tooLarge.statusCode()).isEqualTo(413);

    assertThat(books.journalEntries()).isZero();
    assertThat(json(admin.get(PATH + "/unmatched")).get("items")).isEmpty();
  }

  @Test
  void aStatementOfThousandsOfEntries_isReadPastTheJsonBodyLimit() {
    StatementFile file = new StatementFile("STMT-BIG", account, JULY_14);
    for (int i = 0; i < 2_500; i++) file.credit("E" + i, eur("10.00"), JULY_14, "Payer " + i, null, null, "gift " + i);
    String xml = file.xml();
    assertThat(xml.length()).isGreaterThan(1 << 20);

    HttpResponse<String> imported = admin.post(PATH, XML, xml);

    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
    assertThat(json(imported).get("counts").get("UNMATCHED").asInt()).isEqualTo(2_500);
  }

  @Test
  void aStatementOfAnotherAccount_isRefusedByARule() {
    HttpResponse<String> refused = admin.post(PATH, XML, new StatementFile("STMT-1", "FR7630006000011234567890189", JULY_14)
        .credit("E1", eur("10.00"), JULY_14, null, null, null, null).xml());

    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(json(refused).get("rule").asText()).isEqualTo("STATEMENT_OF_ANOTHER_ACCOUNT");
    assertThat(json(refused).get("detail").asText()).contains("FR7630006000011234567890189", account);
    assertThat(json(admin.get(PATH + "/unmatched")).get("items")).isEmpty();
  }

  private JsonNode invoice(Member member, Client client, String amount) {
    HttpResponse<String> issued = admin.post("/api/v1/invoices", "{\"contract\": \""
        + books.declaredContract(member, client, amount, JULY_14).id() + "\", \"issueDate\": \"2017-07-14\"}");
    assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
    return json(issued);
  }

  private String invoiceStatus(JsonNode invoice) {
    return json(admin.get("/api/v1/invoices/" + invoice.get("id").asText())).get("status").asText();
  }

  private static InvoiceNumber number(JsonNode invoice) {
    return InvoiceNumber.parse(invoice.get("number").asText());
  }

  private static String belgian(JsonNode invoice) {
    return PaymentReference.belgian(number(invoice)).text();
  }

  private static List<String> statuses(JsonNode statement) {
    List<String> statuses = new ArrayList<>();
    statement.get("entries").forEach(entry -> statuses.add(entry.get("status").asText()));
    return statuses;
  }

  private static String idOf(List<JsonNode> entries, String reference) {
    return entries.stream().filter(entry -> entry.get("reference").asText().equals(reference)).findFirst().orElseThrow().get("id").asText();
  }

  private static Money eur(String amount) {
    return Money.parse("EUR " + amount);
  }

  private static String amount(JsonNode money) {
    return money.get("amount").asText();
  }
}
