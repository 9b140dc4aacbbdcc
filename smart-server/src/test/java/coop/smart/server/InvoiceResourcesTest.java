package coop.smart.server;

import static coop.smart.server.RunningServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import coop.smart.core.activity.Activity;
import coop.smart.core.client.Client;
import coop.smart.core.contract.Contract;
import coop.smart.core.contract.ContractStatus;
import coop.smart.core.ledger.AccountType;
import coop.smart.core.member.Member;
import coop.smart.core.operation.Role;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Invoices over HTTP: issuing for a contract or an activity with the VAT the core decides,
 * payments, credit notes and reminder runs, each refused request changing nothing, and what a
 * member's key or another entity's key may reach. The story's invoices are dated 14 July 2017,
 * issued on the 20th; the clock moves on for what happens later.
 */
class InvoiceResourcesTest extends StandardServer {

  private static final LocalDate JULY_14 = LocalDate.of(2017, 7, 14);
  private static final LocalDate JULY_20 = LocalDate.of(2017, 7, 20);
  private static final String REVERSE_CHARGE = "Reverse charge (Autoliquidation): VAT due by the customer, article 196 of Directive 2006/112/EC";

  private final StoredBooks books = new StoredBooks(server, "BE");
  private final KeyedCalls admin = new KeyedCalls(server, server.key("BE", Role.ADMIN, null));

  @BeforeEach
  void onTheTwentiethOfJuly2017() {
    clock.moveTo(JULY_20);
  }

  @Test
  void invoicesAContractAtTheBelgianStandardRate_andTheContractIsInvoiced() {
    Contract contract = books.declaredContract(books.shareholder("Anna"), books.localBusiness(), "1000.00", JULY_14);

    HttpResponse<String> created = admin.post("/api/v1/invoices", contractInvoice(contract));

    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(created.headers().firstValue("ETag")).hasValue("\"1\"");
    JsonNode invoice = json(created);
    assertThat(invoice.get("number").asText()).matches("BE-2017-\\d{6}");
    assertThat(invoice.get("contract").asText()).isEqualTo(contract.id().toString());
    assertThat(invoice.get("activity").isNull()).isTrue();
    assertThat(invoice.get("status").asText()).isEqualTo("ISSUED");
    assertThat(invoice.get("issueDate").asText()).isEqualTo("2017-07-14");
    assertThat(invoice.get("dueDate").asText()).as("30 days' payment term").isEqualTo("2017-08-13");
    assertThat(invoice.get("lines")).hasSize(1);
    assertThat(amount(invoice.get("lines").get(0).get("total"))).isEqualTo("1000.00");
    // 1,000.00 at 21 % is 210.00 of VAT, 1,210.00 in all; the fee is 6.5 % of 1,000.00.
    assertThat(amount(invoice.get("net"))).isEqualTo("1000.00");
    assertThat(invoice.get("vat").get("treatment").asText()).isEqualTo("STANDARD");
    assertThat(invoice.get("vat").get("rate").asText()).isEqualTo("0.21");
    assertThat(amount(invoice.get("vat").get("amount"))).isEqualTo("210.00");
    assertThat(invoice.get("vat").get("mention").isNull()).isTrue();
    assertThat(amount(invoice.get("total"))).isEqualTo("1210.00");
    assertThat(amount(invoice.get("fee").get("amount"))).isEqualTo("65.00");
    assertThat(amount(invoice.get("outstanding"))).isEqualTo("1210.00");
    assertThat(books.contract(contract.id()).status()).isEqualTo(ContractStatus.INVOICED);
    // The invoice's entry in the same transaction: the client owes 1,210.00, the contract has 935.00 set aside.
    assertThat(books.balance(AccountType.CLIENT_RECEIVABLES, contract.client())).isEqualTo(books.money("1210.00"));
    assertThat(books.balance(AccountType.CONTRACT_PAYROLL, contract.id())).isEqualTo(books.money("-935.00"));
    assertThat(books.auditActions("invoice", invoice.get("id").asText())).containsExactly("invoice.issue");

    HttpResponse<String> read = admin.get(created.headers().firstValue("Location").orElseThrow());
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.headers().firstValue("ETag")).hasValue("\"1\"");
    assertThat(json(read)).isEqualTo(invoice);
  }

  @Test
  void invoicesAnActivityForAnotherEuBusiness_underReverseChargeWithItsLegalMention() {
    Member admin1 = books.shareholder("Bea");
    Activity theatre = books.activity(admin1, "Theatre");
    Client lille = books.client("Lille festival", "FR", "FR12345678901");

    HttpResponse<String> created = admin.post("/api/v1/invoices", """
        {"activity": "%s", "client": "%s", "administrator": "%s", "issueDate": "2017-07-14",
         "lines": [{"description": "Workshop", "quantity": 2, "unitPrice": {"amount": "450.00", "currency": "EUR"}},
                   {"description": "Travel", "quantity": 1.5, "unitPrice": {"amount": "33.33", "currency": "EUR"}}]}
        """.formatted(theatre.id(), lille.id(), admin1.id()));

    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode invoice = json(created);
    // 2 × 450.00 + half-up(1.5 × 33.33 = 49.995) = 900.00 + 50.00; no VAT; fee 6.5 % = 61.75.
    assertThat(amount(invoice.get("lines").get(1).get("total"))).isEqualTo("50.00");
    assertThat(amount(invoice.get("net"))).isEqualTo("950.00");
    assertThat(invoice.get("vat").get("treatment").asText()).isEqualTo("REVERSE_CHARGE");
    assertThat(invoice.get("vat").get("mention").asText()).isEqualTo(REVERSE_CHARGE);
    assertThat(amount(invoice.get("vat").get("amount"))).isEqualTo("0.00");
    assertThat(amount(invoice.get("total"))).isEqualTo("950.00");
    assertThat(amount(invoice.get("fee").get("amount"))).isEqualTo("61.75");
    assertThat(invoice.get("activity").asText()).isEqualTo(theatre.id().toString());
    assertThat(invoice.get("member").asText()).isEqualTo(admin1.id().toString());
    assertThat(books.balance(AccountType.ACTIVITY_PENDING, theatre.id())).isEqualTo(books.money("-888.25"));

    JsonNode explained = json(admin.get("/api/v1/invoices/" + invoice.get("id").asText() + "?explain=true"));
    assertThat(explained.get("rulesVerifiedUntil").asText()).isEqualTo("2017-12-31");
    List<String> computations = new ArrayList<>();
    explained.get("explanation").forEach(line -> computations.add(line.get("figure").asText() + ": " + line.get("computation").asText()));
    assertThat(computations).containsExactly("line 1: half-up(2 × 450.00) = 900.00", "line 2: half-up(1.5 × 33.33) = 50.00",
        "net: 900.00 + 50.00 = 950.00", "vat: half-up(950.00 × 0) = 0.00", "total: 950.00 + 0.00 = 950.00",
        "fee: half-up(950.00 × 0.065) = 61.75");
    assertThat(explained.get("explanation").get(3).get("rules").get(0).get("key").asText()).isEqualTo("reverseChargeMention");
  }

  @Test
  void activityPaymentsInPartAndInFull_andACreditNote_withHandCheckedFigures() {
    Member bea = books.shareholder("Bea");
    Activity studio = books.activity(bea, "Studio");
    JsonNode invoice = json(admin.post("/api/v1/invoices", activityInvoice(studio, books.localBusiness(), bea, "1000.00")));
    String path = "/api/v1/invoices/" + invoice.get("id").asText();

    // A credit note of 121.00 gives back 100.00 net, 21.00 of VAT and 6.50 of fee.
    HttpResponse<String> credited = admin.change(path + "/credit-notes", "\"1\"",
        "{\"amount\": {\"amount\": \"121.00\", \"currency\": \"EUR\"}, \"creditedOn\": \"2017-07-20\"}");
    assertThat(credited.statusCode()).isEqualTo(200);
    JsonNode note = json(credited).get("creditNotes").get(0);
    assertThat(amount(note.get("net"))).isEqualTo("100.00");
    assertThat(amount(note.get("vat"))).isEqualTo("21.00");
    assertThat(amount(note.get("fee"))).isEqualTo("6.50");
    assertThat(amount(json(credited).get("outstanding"))).isEqualTo("1089.00");

    clock.moveTo(LocalDate.of(2017, 8, 1));
    HttpResponse<String> part = admin.change(path + "/payments", "\"2\"", payment("589.00", "2017-07-25"));
    assertThat(part.statusCode()).isEqualTo(200);
    assertThat(part.headers().firstValue("ETag")).hasValue("\"3\"");
    assertThat(json(part).get("status").asText()).isEqualTo("PARTIALLY_PAID");
    assertThat(amount(json(part).get("outstanding"))).isEqualTo("500.00");

    HttpResponse<String> rest = admin.change(path + "/payments", "\"3\"", payment("500.00", "2017-08-01"));
    assertThat(json(rest).get("status").asText()).isEqualTo("PAID");
    assertThat(json(rest).get("payments")).hasSize(2);
    // Everything pending was made available: 1,000.00 − 65.00 fee, less the 93.50 credited.
    assertThat(books.balance(AccountType.ACTIVITY_PENDING, studio.id())).isEqualTo(books.money("0.00"));
    assertThat(books.balance(AccountType.ACTIVITY_BUDGET, studio.id())).isEqualTo(books.money("-841.50"));
  }

  @Test
  void anIdempotentRetryReturnsTheFirstInvoice_andTakesNoSecondNumber() {
    Member anna = books.shareholder("Anna");
    Client venue = books.localBusiness();
    Contract first = books.declaredContract(anna, venue, "100.00", JULY_14);
    Contract second = books.declaredContract(anna, venue, "200.00", JULY_14);

    HttpResponse<String> original = admin.keyed("/api/v1/invoices", "invoice-first", contractInvoice(first));
    HttpResponse<String> retry = admin.keyed("/api/v1/invoices", "invoice-first", contractInvoice(first));
    assertThat(retry.statusCode()).isEqualTo(201);
    assertThat(retry.body()).isEqualTo(original.body());
    assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(admin.keyed("/api/v1/invoices", "invoice-first", contractInvoice(second)).statusCode()).as("another body").isEqualTo(409);

    JsonNode next = json(admin.post("/api/v1/invoices", contractInvoice(second)));
    assertThat(sequence(next)).isEqualTo(sequence(json(original)) + 1);
  }

  @Test
  void aRefusedInvoiceChangesNothing_andLeavesNoGapInTheNumbers() {
    Member anna = books.shareholder("Anna");
    Client venue = books.localBusiness();
    Contract contract = books.declaredContract(anna, venue, "300.00", JULY_14);
    long before = sequence(json(admin.post("/api/v1/invoices", contractInvoice(books.declaredContract(anna, venue, "10.00", JULY_14)))));
    int entries = books.journalEntries();

    HttpResponse<String> wrongTotal = admin.post("/api/v1/invoices", """
        {"contract": "%s", "issueDate": "2017-07-14",
         "lines": [{"description": "Concert", "quantity": 1, "unitPrice": {"amount": "299.99", "currency": "EUR"}}]}
        """.formatted(contract.id()));
    assertThat(wrongTotal.statusCode()).isEqualTo(400);
    assertThat(json(wrongTotal).get("errors").get(0).get("field").asText()).isEqualTo("lines");
    HttpResponse<String> otherCurrency = admin.post("/api/v1/invoices", """
        {"contract": "%s", "issueDate": "2017-07-14",
         "lines": [{"description": "Concert", "quantity": 1, "unitPrice": {"amount": "300.00", "currency": "USD"}}]}
        """.formatted(contract.id()));
    assertThat(otherCurrency.statusCode()).isEqualTo(400);
    HttpResponse<String> draft = admin.post("/api/v1/invoices", contractInvoice(books.draftContract(anna, venue, "50.00", JULY_14)));
    assertThat(draft.statusCode()).as("a draft is not invoiced").isEqualTo(422);
    assertThat(json(draft).get("rule").asText()).isEqualTo("ILLEGAL_TRANSITION");

    assertThat(books.contract(contract.id()).status()).isEqualTo(ContractStatus.DECLARED);
    assertThat(books.journalEntries()).isEqualTo(entries);
    assertThat(sequence(json(admin.post("/api/v1/invoices", contractInvoice(contract))))).isEqualTo(before + 1);
    HttpResponse<String> again = admin.post("/api/v1/invoices", contractInvoice(contract));
    assertThat(again.statusCode()).as("a contract is invoiced once").isEqualTo(422);
  }

  @Test
  void refusesMalformedInvoicesNamingTheField() {
    Member anna = books.shareholder("Anna");
    Contract contract = books.declaredContract(anna, books.localBusiness(), "100.00", JULY_14);
    Activity band = books.activity(anna, "Band");
    assertThat(field(admin.post("/api/v1/invoices", "{\"issueDate\": \"2017-07-14\"}"))).isEqualTo("contract");
    assertThat(field(admin.post("/api/v1/invoices", "{\"contract\": \"%s\", \"activity\": \"%s\"}".formatted(contract.id(), contract.id()))))
        .isEqualTo("activity");
    assertThat(field(admin.post("/api/v1/invoices", "{\"contract\": \"%s\", \"client\": \"%s\"}".formatted(contract.id(), contract.client()))))
        .isEqualTo("client");
    assertThat(field(admin.post("/api/v1/invoices", "{\"contract\": \"%s\", \"total\": 1}".formatted(contract.id())))).isEqualTo("total");
    assertThat(field(admin.post("/api/v1/invoices", "{\"contract\": \"not-an-id\"}"))).isEqualTo("contract");
    assertThat(field(admin.post("/api/v1/invoices", "{\"activity\": \"%s\", \"client\": \"%s\", \"administrator\": \"%s\", \"lines\": [{\"description\": \"x\", \"quantity\": 0, \"unitPrice\": {\"amount\": \"1.00\", \"currency\": \"EUR\"}}]}"
        .formatted(band.id(), contract.client(), anna.id())))).isEqualTo("lines[0].quantity");
    for (String quantity : new String[] {"1e10000000", "1e-10000000", "1234567890", "0.0000001"}) {
      assertThat(field(admin.post("/api/v1/invoices", "{\"activity\": \"%s\", \"client\": \"%s\", \"administrator\": \"%s\", \"lines\": [{\"description\": \"x\", \"quantity\": %s, \"unitPrice\": {\"amount\": \"1.00\", \"currency\": \"EUR\"}}]}"
          .formatted(band.id(), contract.client(), anna.id(), quantity)))).as(quantity).isEqualTo("lines[0].quantity");
    }
    assertThat(field(admin.post("/api/v1/invoices", "{\"activity\": \"%s\", \"client\": \"%s\", \"lines\": [{\"description\": \"x\", \"quantity\": 1, \"unitPrice\": {\"amount\": \"1.00\", \"currency\": \"EUR\"}}]}"
        .formatted(band.id(), contract.client())))).as("staff names the administrator").isEqualTo("administrator");
    assertThat(field(admin.post("/api/v1/invoices", "{\"activity\": \"%s\", \"client\": \"%s\"}".formatted(band.id(), contract.client()))))
        .isEqualTo("lines");
    assertThat(admin.post("/api/v1/invoices", "{\"contract\": \"%s\"}".formatted(UUID.randomUUID())).statusCode()).isEqualTo(404);
    assertThat(admin.get("/api/v1/invoices/not-an-id").statusCode()).isEqualTo(404);
    assertThat(admin.get("/api/v1/invoices?status=LOST").statusCode()).isEqualTo(400);
    assertThat(admin.get("/api/v1/invoices?client=nobody").statusCode()).isEqualTo(400);
    assertThat(books.contract(contract.id()).status()).isEqualTo(ContractStatus.DECLARED);
  }

  @Test
  void aPaymentNeedsTheCurrentVersion_andOneAboveWhatIsDueIsRefusedChangingNothing() {
    JsonNode invoice = json(admin.post("/api/v1/invoices",
        contractInvoice(books.declaredContract(books.shareholder("Anna"), books.localBusiness(), "100.00", JULY_14))));
    String payments = "/api/v1/invoices/" + invoice.get("id").asText() + "/payments";
    int entries = books.journalEntries();

    assertThat(admin.post(payments, payment("10.00", "2017-07-20")).statusCode()).as("without If-Match").isEqualTo(428);
    assertThat(admin.change(payments, "\"7\"", payment("10.00", "2017-07-20")).statusCode()).isEqualTo(412);
    HttpResponse<String> tooMuch = admin.change(payments, "\"1\"", payment("121.01", "2017-07-20"));
    assertThat(tooMuch.statusCode()).isEqualTo(422);
    assertThat(json(tooMuch).get("rule").asText()).isEqualTo("PAYMENT_EXCEEDS_OUTSTANDING");
    HttpResponse<String> dollars = admin.change(payments, "\"1\"", "{\"amount\": {\"amount\": \"10.00\", \"currency\": \"USD\"}}");
    assertThat(field(dollars)).isEqualTo("amount.currency");
    assertThat(field(admin.change(payments, "\"1\"", "{\"paidOn\": \"2017-07-20\"}"))).isEqualTo("amount");
    assertThat(field(admin.change(payments, "\"1\"", payment("10.00", "2017-07-01")))).as("before the issue").isEqualTo("paidOn");

    JsonNode after = json(admin.get("/api/v1/invoices/" + invoice.get("id").asText()));
    assertThat(after).isEqualTo(invoice);
    assertThat(books.journalEntries()).isEqualTo(entries);
  }

  @Test
  void concurrentPaymentsFromOneVersion_oneIsRecordedAndTheOtherGets412() {
    JsonNode invoice = json(admin.post("/api/v1/invoices",
        contractInvoice(books.declaredContract(books.shareholder("Anna"), books.localBusiness(), "100.00", JULY_14))));
    String path = "/api/v1/invoices/" + invoice.get("id").asText();
    int entries = books.journalEntries();

    CompletableFuture<HttpResponse<String>> one = CompletableFuture.supplyAsync(() -> admin.change(path + "/payments", "\"1\"", payment("50.00", "2017-07-20")));
    CompletableFuture<HttpResponse<String>> other = CompletableFuture.supplyAsync(() -> admin.change(path + "/payments", "\"1\"", payment("50.00", "2017-07-20")));
    List<HttpResponse<String>> both = new ArrayList<>(List.of(one.join(), other.join()));
    both.sort(Comparator.comparingInt(HttpResponse::statusCode));

    assertThat(both.get(0).statusCode()).isEqualTo(200);
    assertThat(both.get(1).statusCode()).isEqualTo(412);
    assertThat(json(both.get(1)).get("type").asText()).isEqualTo("https://smart.coop/problems/stale-version");
    JsonNode after = json(admin.get(path));
    assertThat(after.get("payments")).hasSize(1);
    assertThat(amount(after.get("paid"))).isEqualTo("50.00");
    assertThat(books.journalEntries()).as("one payment's entry").isEqualTo(entries + 1);
  }

  @Test
  void aContractsInvoiceIsCreditedInFullOnly_whichCancelsTheContract() {
    Contract contract = books.declaredContract(books.shareholder("Anna"), books.localBusiness(), "100.00", JULY_14);
    JsonNode invoice = json(admin.post("/api/v1/invoices", contractInvoice(contract)));
    String path = "/api/v1/invoices/" + invoice.get("id").asText();

    HttpResponse<String> part = admin.change(path + "/credit-notes", "\"1\"", "{\"amount\": {\"amount\": \"21.00\", \"currency\": \"EUR\"}}");
    assertThat(part.statusCode()).isEqualTo(422);
    assertThat(json(part).get("rule").asText()).isEqualTo("CONTRACT_INVOICE_CREDIT");
    assertThat(books.contract(contract.id()).status()).isEqualTo(ContractStatus.INVOICED);

    HttpResponse<String> full = admin.change(path + "/credit-notes", "\"1\"", "{\"creditedOn\": \"2017-07-18\"}");
    assertThat(full.statusCode()).isEqualTo(200);
    assertThat(json(full).get("status").asText()).isEqualTo("CREDITED");
    assertThat(amount(json(full).get("creditNotes").get(0).get("total"))).isEqualTo("121.00");
    assertThat(books.contract(contract.id()).status()).isEqualTo(ContractStatus.CANCELLED);
    assertThat(books.balance(AccountType.CONTRACT_PAYROLL, contract.id())).isEqualTo(books.money("0.00"));
    assertThat(admin.change(path + "/credit-notes", "\"2\"", "{}").statusCode()).as("nothing left to credit").isEqualTo(422);
  }

  @Test
  void aReminderRunIssuesTheStepsDueOnItsDay_andRunningItAgainIssuesNothing() {
    JsonNode invoice = json(admin.post("/api/v1/invoices",
        contractInvoice(books.declaredContract(books.shareholder("Anna"), books.localBusiness(), "100.00", JULY_14))));
    String id = invoice.get("id").asText();

    // Due 13 August: the first reminder comes 7 days later, the second 21 days later.
    clock.moveTo(LocalDate.of(2017, 8, 20));
    HttpResponse<String> run = admin.post("/api/v1/reminder-runs?on=2017-08-20", null);
    assertThat(run.statusCode()).isEqualTo(200);
    List<JsonNode> ours = new ArrayList<>();
    json(run).get("reminders").forEach(issued -> {
      if (issued.get("invoice").asText().equals(id)) ours.add(issued.get("reminder"));
    });
    assertThat(ours).hasSize(1);
    assertThat(ours.get(0).get("step").asText()).isEqualTo("REMINDER");
    assertThat(ours.get(0).get("daysAfterDue").asInt()).isEqualTo(7);
    assertThat(amount(ours.get(0).get("outstanding"))).isEqualTo("121.00");

    assertThat(json(admin.post("/api/v1/reminder-runs?on=2017-08-20", null)).get("reminders")).isEmpty();
    JsonNode after = json(admin.get("/api/v1/invoices/" + id));
    assertThat(after.get("reminders")).hasSize(1);
    assertThat(after.get("reminders").get(0).get("issuedOn").asText()).isEqualTo("2017-08-20");
    assertThat(after.get("version").asLong()).isEqualTo(2);

    assertThat(field(admin.post("/api/v1/reminder-runs?on=" + clock.today().plusDays(2), null))).isEqualTo("on");
    assertThat(new KeyedCalls(server, server.key("BE", Role.MEMBER, books.shareholder("Zoe").id())).post("/api/v1/reminder-runs", null)
        .statusCode()).isEqualTo(403);
  }

  @Test
  void aMembersKeyReachesTheInvoicesOfItsOwnContractsOnly() {
    Member anna = books.shareholder("Anna");
    Member bob = books.shareholder("Bob");
    Client venue = books.localBusiness();
    KeyedCalls annas = new KeyedCalls(server, server.key("BE", Role.MEMBER, anna.id()));

    HttpResponse<String> own = annas.post("/api/v1/invoices", contractInvoice(books.declaredContract(anna, venue, "100.00", JULY_14)));
    assertThat(own.statusCode()).isEqualTo(201);
    Contract bobsContract = books.declaredContract(bob, venue, "100.00", JULY_14);
    assertThat(annas.post("/api/v1/invoices", contractInvoice(bobsContract)).statusCode()).isEqualTo(404);
    assertThat(books.contract(bobsContract.id()).status()).isEqualTo(ContractStatus.DECLARED);
    JsonNode bobs = json(admin.post("/api/v1/invoices", contractInvoice(bobsContract)));

    String ownId = json(own).get("id").asText();
    assertThat(annas.get("/api/v1/invoices/" + ownId).statusCode()).isEqualTo(200);
    assertThat(annas.get("/api/v1/invoices/" + bobs.get("id").asText()).statusCode()).isEqualTo(404);
    List<String> listed = new ArrayList<>();
    json(annas.get("/api/v1/invoices?limit=500")).get("items").forEach(item -> listed.add(item.get("id").asText()));
    assertThat(listed).containsExactly(ownId);
    assertThat(annas.change("/api/v1/invoices/" + ownId + "/payments", "\"1\"", payment("1.00", "2017-07-20")).statusCode()).isEqualTo(403);
    assertThat(annas.change("/api/v1/invoices/" + ownId + "/credit-notes", "\"1\"", "{}").statusCode()).isEqualTo(403);
    Activity bobsActivity = books.activity(bob, "Bob's band");
    assertThat(annas.post("/api/v1/invoices", activityInvoice(bobsActivity, venue, null, "10.00")).statusCode()).isEqualTo(404);
  }

  @Test
  void aKeyNeverReachesAnotherEntitysInvoices() {
    JsonNode invoice = json(admin.post("/api/v1/invoices",
        contractInvoice(books.declaredContract(books.shareholder("Anna"), books.localBusiness(), "100.00", JULY_14))));
    KeyedCalls french = new KeyedCalls(server, server.key("FR", Role.ADMIN, null));
    String path = "/api/v1/invoices/" + invoice.get("id").asText();

    HttpResponse<String> read = french.get(path);
    assertThat(read.statusCode()).isEqualTo(404);
    assertThat(read.body()).doesNotContain("BE-");
    assertThat(french.change(path + "/payments", "\"1\"", "{\"amount\": {\"amount\": \"1.00\", \"currency\": \"EUR\"}}").statusCode()).isEqualTo(404);
    assertThat(french.post("/api/v1/invoices", "{\"contract\": \"%s\"}".formatted(invoice.get("contract").asText())).statusCode()).isEqualTo(404);
    assertThat(json(french.get("/api/v1/invoices")).get("items")).isEmpty();
    assertThat(json(admin.get(path)).get("version").asLong()).isEqualTo(1);
  }

  @Test
  void listsPageByPage_filteredByClientAndStatus() {
    Member anna = books.shareholder("Anna");
    Client client = books.client("Ghent school", "BE", "BE0423456789");
    List<String> created = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      created.add(json(admin.post("/api/v1/invoices", contractInvoice(books.declaredContract(anna, client, "10.00", JULY_14)))).get("id").asText());
    }
    admin.change("/api/v1/invoices/" + created.get(1) + "/payments", "\"1\"", payment("12.10", "2017-07-20"));

    List<String> seen = new ArrayList<>();
    String cursor = null;
    do {
      JsonNode page = json(admin.get("/api/v1/invoices?limit=2&client=" + client.id() + (cursor == null ? "" : "&cursor=" + cursor)));
      page.get("items").forEach(item -> seen.add(item.get("id").asText()));
      cursor = page.hasNonNull("nextCursor") ? page.get("nextCursor").asText() : null;
    } while (cursor != null);
    assertThat(seen).containsExactlyInAnyOrderElementsOf(created);
    JsonNode paid = json(admin.get("/api/v1/invoices?status=PAID&client=" + client.id())).get("items");
    assertThat(paid).hasSize(1);
    assertThat(paid.get(0).get("id").asText()).isEqualTo(created.get(1));
    JsonNode one = json(admin.get("/api/v1/invoices/" + created.get(1)));
    assertThat(paid.get(0)).as("a listed invoice shows its figures and their rules' coverage as one does").isEqualTo(one);
    assertThat(one.get("rulesVerifiedUntil").asText()).isEqualTo("2017-12-31");
  }

  private static String contractInvoice(Contract contract) {
    return "{\"contract\": \"" + contract.id() + "\", \"issueDate\": \"2017-07-14\"}";
  }

  private static String activityInvoice(Activity activity, Client client, Member administrator, String amount) {
    return """
        {"activity": "%s", "client": "%s", %s"issueDate": "2017-07-14",
         "lines": [{"description": "Concert", "quantity": 1, "unitPrice": {"amount": "%s", "currency": "EUR"}}]}
        """.formatted(activity.id(), client.id(), administrator == null ? "" : "\"administrator\": \"" + administrator.id() + "\", ", amount);
  }

  private static String payment(String amount, String on) {
    return "{\"amount\": {\"amount\": \"" + amount + "\", \"currency\": \"EUR\"}, \"paidOn\": \"" + on + "\"}";
  }

  private static String amount(JsonNode money) {
    assertThat(money.get("currency").asText()).isEqualTo("EUR");
    return money.get("amount").asText();
  }

  private static long sequence(JsonNode invoice) {
    String number = invoice.get("number").asText();
    return Long.parseLong(number.substring(number.lastIndexOf('-') + 1));
  }

  private static String field(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    return json(response).get("errors").get(0).get("field").asText();
  }
}
