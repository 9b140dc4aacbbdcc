package coop.smart.server;

import static coop.smart.server.Calls.eur;
import static coop.smart.server.RunningServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import coop.smart.core.activity.Activity;
import coop.smart.core.client.Client;
import coop.smart.core.member.Member;
import coop.smart.core.operation.Role;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Dates no business would accept, over HTTP, on 30 November 2026: before the entity's rules
 * apply, to come, or an invoice out of the order of its series. Each is answered with a problem
 * naming the field, and changes nothing.
 */
class BusinessDatesResourcesTest extends StandardServer {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
  private static final List<String> BEFORE_THE_RULES = List.of("0000-01-01", "-999999999-01-01", "2016-12-31");
  private static final List<String> TO_COME = List.of("9999-12-31", "2030-06-01", "2026-12-01");

  private final StoredBooks books = new StoredBooks(server, "BE");
  private final KeyedCalls admin = new KeyedCalls(server, server.key("BE", Role.ADMIN, null));

  @BeforeEach
  void onTheThirtiethOfNovember2026() {
    clock.moveTo(TODAY);
  }

  @Test
  void aContribution_beforeTheEntitysRulesApply_orToCome_isRefusedNamingOn() {
    int entries = books.journalEntries();
    for (String day : BEFORE_THE_RULES) {
      assertThat(refusal(admin.post("/api/v1/guarantee-fund/contributions", contribution(day)), "on"))
          .contains("must not be before 2017-01-01, when the rules of BE (SMart Belgium) start to apply");
    }
    for (String day : TO_COME) {
      assertThat(refusal(admin.post("/api/v1/guarantee-fund/contributions", contribution(day)), "on")).contains("must not be after today, 2026-11-30");
    }
    assertThat(books.journalEntries()).isEqualTo(entries);
    assertThat(admin.post("/api/v1/guarantee-fund/contributions", contribution("2017-01-01")).statusCode()).isEqualTo(201);
  }

  @Test
  void aPaymentOrACreditNote_toCome_isRefused_andTheInvoiceIsAsItWas() {
    Sale sale = sale();
    JsonNode invoice = json(admin.post("/api/v1/invoices", sale.invoice("2026-11-15")));
    String path = "/api/v1/invoices/" + invoice.get("id").asText();
    int entries = books.journalEntries();
    for (String day : TO_COME) {
      assertThat(refusal(admin.change(path + "/payments", "\"1\"", "{\"amount\": " + eur("10.00") + ", \"paidOn\": \"" + day + "\"}"), "paidOn"))
          .contains("must not be after today");
      assertThat(refusal(admin.change(path + "/credit-notes", "\"1\"", "{\"amount\": " + eur("10.00") + ", \"creditedOn\": \"" + day + "\"}"),
          "creditedOn")).contains("must not be after today");
    }
    assertThat(refusal(admin.change(path + "/payments", "\"1\"", "{\"amount\": " + eur("10.00") + ", \"paidOn\": \"2026-11-14\"}"), "paidOn"))
        .contains("issued on 2026-11-15");
    assertThat(json(admin.get(path))).isEqualTo(invoice);
    assertThat(books.journalEntries()).isEqualTo(entries);
  }

  @Test
  void anExpenseOrATransfer_toCome_isRefused() {
    Sale sale = sale();
    String studio = "/api/v1/activities/" + sale.activity().id();
    Activity other = books.activity(sale.administrator(), "Gallery");
    admin.post(studio + "/receipts", "{\"kind\": \"FINANCING_AGREEMENT\", \"amount\": " + eur("500.00") + ", \"on\": \"2026-11-02\", \"administrator\": \""
        + sale.administrator().id() + "\"}");
    int entries = books.journalEntries();
    for (String day : TO_COME) {
      assertThat(refusal(admin.post(studio + "/expenses", expense(sale, day, null)), "incurredOn")).contains("must not be after today");
      assertThat(refusal(admin.post(studio + "/expenses", expense(sale, "2026-11-02", day)), "paidOn")).contains("must not be after today");
      assertThat(refusal(admin.post(studio + "/transfers", "{\"to\": \"" + other.id() + "\", \"amount\": " + eur("10.00") + ", \"on\": \"" + day
          + "\", \"administrator\": \"" + sale.administrator().id() + "\"}"), "on")).contains("must not be after today");
    }
    assertThat(refusal(admin.post(studio + "/expenses", expense(sale, "2026-11-02", "2026-11-01")), "paidOn"))
        .contains("must not be before the expense was incurred on 2026-11-02");
    assertThat(books.journalEntries()).isEqualTo(entries);
  }

  @Test
  void anInvoice_datedToCome_orBeyondTheBackDatingWindow_isRefused_andOpensNoSeries() {
    Sale sale = sale();
    for (String day : List.of("9999-12-31", "2031-01-01", "2026-12-01")) {
      assertThat(refusal(admin.post("/api/v1/invoices", sale.invoice(day)), "issueDate")).contains("must not be after today");
    }
    for (String day : List.of("2019-06-01", "2026-11-14")) {
      assertThat(refusal(admin.post("/api/v1/invoices", sale.invoice(day)), "issueDate"))
          .contains("must not be more than 15 days (P15D) before today, 2026-11-30");
    }
    assertThat(refusal(admin.post("/api/v1/invoices", sale.invoice("0000-01-01")), "issueDate")).contains("2017-01-01");
    assertThat(json(admin.get("/api/v1/invoices?client=" + sale.client().id())).get("items")).isEmpty();
    assertThat(json(admin.post("/api/v1/invoices", sale.invoice("2026-11-15"))).get("issueDate").asText()).isEqualTo("2026-11-15");
  }

  /** In France's series, which no other test of the class dates: the later invoices of a test would be another's earlier ones. */
  @Test
  void anInvoice_datedBeforeTheLastOfItsSeries_isRefused_andTakesNoNumber() {
    StoredBooks french = new StoredBooks(server, "FR");
    KeyedCalls frenchAdmin = new KeyedCalls(server, server.key("FR", Role.ADMIN, null));
    Member administrator = french.shareholder("Léa");
    Sale sale = new Sale(french.activity(administrator, "Atelier"), administrator, french.client("Lille festival", "FR", "FR12345678901"));
    JsonNode last = null;
    for (int i = 0; i < 5; i++) last = json(frenchAdmin.post("/api/v1/invoices", sale.invoice("2026-11-29")));
    assertThat(last.get("number").asText()).isEqualTo("FR-2026-000005");
    int entries = french.journalEntries();

    HttpResponse<String> earlier = frenchAdmin.post("/api/v1/invoices", sale.invoice("2026-11-28"));

    assertThat(earlier.statusCode()).as(earlier.body()).isEqualTo(422);
    assertThat(json(earlier).get("rule").asText()).isEqualTo("INVOICE_DATE_ORDER");
    assertThat(json(earlier).get("detail").asText()).startsWith("issueDate: must not be before 2026-11-29, the date of FR-2026-000005");
    assertThat(french.journalEntries()).isEqualTo(entries);
    assertThat(json(frenchAdmin.post("/api/v1/invoices", sale.invoice("2026-11-30"))).get("number").asText()).isEqualTo("FR-2026-000006");
  }

  @Test
  void aYearClosing_ofAYearThatDoesNotExistInTheData_isRefusedNamingYear() {
    Sale sale = sale();
    String activity = "/api/v1/activities/" + sale.activity().id();
    String version = admin.get(activity).headers().firstValue("ETag").orElseThrow();
    for (String year : List.of("0", "-5", "2016", "2026", "2031")) {
      refusal(admin.change(activity + "/year-closings", version, "{\"year\": " + year + "}"), "year");
      refusal(admin.post("/api/v1/year-closings", "{\"year\": " + year + "}"), "year");
    }
    assertThat(refusal(admin.post("/api/v1/year-closings", "{\"year\": 2016}"), "year"))
        .isEqualTo("must not be before 2017, when the rules of BE (SMart Belgium) start to apply: 2016");
    assertThat(refusal(admin.post("/api/v1/year-closings", "{\"year\": 2026}"), "year")).isEqualTo("must be a year that has ended, before 2026: 2026");
    assertThat(json(admin.get(activity)).get("closedThrough").isNull()).as("no year closed").isTrue();
  }

  @Test
  void aContractALeaseOrASimulation_outsideTheEntitysRules_isRefusedNamingTheDate() {
    Sale sale = sale();
    HttpResponse<String> contract = admin.post("/api/v1/contracts", """
        {"member": "%s", "client": "%s", "contractType": "EMPLOYEE", "structure": "ASSOCIATED_PRODUCTIONS", "start": "0000-01-01",
         "end": "+10000-01-01", "workDays": [{"date": "0000-01-01", "hours": "8"}], "invoicedAmount": %s, "withholdingRate": "0.11"}
        """.formatted(sale.administrator().id(), sale.client().id(), eur("500.00")));
    assertThat(contract.statusCode()).isEqualTo(400);
    assertThat(json(contract).get("errors")).extracting(error -> error.get("field").asText() + ": " + error.get("message").asText())
        .containsExactly("start: must not be before 2017-01-01, when the rules of BE (SMart Belgium) start to apply: 0000-01-01",
            "end: must not be after 9999-12-31, as years have four digits: +10000-01-01");
    assertThat(refusal(admin.post("/api/v1/leases", """
        {"activity": "%s", "equipment": [{"description": "Camera", "price": %s}], "startDate": "-999999999-01-01", "months": 12}
        """.formatted(sale.activity().id(), eur("900.00"))), "startDate")).contains("2017-01-01");
    assertThat(refusal(server.post("/api/v1/simulations/pay", """
        {"entity": "BE", "contractType": "EMPLOYEE", "invoicedAmount": %s, "withholdingRate": "0.11", "serviceEnd": "0000-01-01"}
        """.formatted(eur("1000.00"))), "serviceEnd")).contains("2017-01-01");
    assertThat(refusal(server.post("/api/v1/simulations/lease", """
        {"entity": "BE", "principal": %s, "months": 12, "startDate": "2016-12-31"}
        """.formatted(eur("1000.00"))), "startDate")).contains("2017-01-01");
    assertThat(refusal(server.get("/api/v1/entities/BE/payment-date?serviceEnd=-999999999-01-01"), "serviceEnd")).contains("2017-01-01");
    assertThat(refusal(server.get("/api/v1/entities/BE/payment-date?serviceEnd=%2B999999999-12-31"), "serviceEnd")).contains("9999-12-31");
  }

  /** What an activity's administrator invoices a Belgian client for. */
  private record Sale(Activity activity, Member administrator, Client client) {

    String invoice(String issueDate) {
      return """
          {"activity": "%s", "client": "%s", "administrator": "%s", "issueDate": "%s",
           "lines": [{"description": "Prints", "quantity": 1, "unitPrice": %s}]}
          """.formatted(activity.id(), client.id(), administrator.id(), issueDate, eur("100.00"));
    }
  }

  private Sale sale() {
    Member administrator = books.shareholder("Lena");
    return new Sale(books.activity(administrator, "Studio"), administrator, books.localBusiness());
  }

  private static String contribution(String on) {
    return "{\"amount\": " + eur("100.00") + ", \"on\": \"" + on + "\"}";
  }

  private static String expense(Sale sale, String incurredOn, String paidOn) {
    return "{\"claimant\": \"" + sale.administrator().id() + "\", \"description\": \"Strings\", \"amount\": " + eur("1.00")
        + ", \"incurredOn\": \"" + incurredOn + "\"" + (paidOn == null ? "" : ", \"paidOn\": \"" + paidOn + "\"")
        + ", \"administrator\": \"" + sale.administrator().id() + "\"}";
  }

  /** The message of a 400 problem about {@code field}, the only field it names. */
  private static String refusal(HttpResponse<String> response, String field) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    JsonNode errors = json(response).get("errors");
    assertThat(errors).as(response.body()).hasSize(1);
    assertThat(errors.get(0).get("field").asText()).isEqualTo(field);
    return errors.get(0).get("message").asText();
  }
}
