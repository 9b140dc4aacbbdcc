package coop.smart.server;

import static coop.smart.server.RunningServer.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import coop.smart.core.contract.Contract;
import coop.smart.core.member.Member;
import coop.smart.core.operation.Role;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The documents over HTTP: the invoice's URL answers its PDF or its Peppol UBL to an {@code Accept}
 * asking for them, the contract's its PDF, {@code /pay-slip} the pay slip; under the same access as
 * the JSON, and 406 for a kind of document the record has not.
 */
class DocumentResourcesTest extends StandardServer {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 16);

  private final StoredBooks books = new StoredBooks(server, "BE");
  private final KeyedCalls admin = new KeyedCalls(server, server.key("BE", Role.ADMIN, null));

  /** The invoices are issued on {@link #DAY}, which stays within the days an invoice may be back-dated to whenever the tests run. */
  @BeforeEach
  void onTheDayOfTheInvoices() {
    clock.moveTo(DAY);
  }

  private JsonNode client(String details) {
    HttpResponse<String> registered = admin.post("/api/v1/clients", details);
    assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
    return json(registered);
  }

  private JsonNode businessClient() {
    return client("""
        {"name": "Atelier Lumière SRL", "country": "BE", "kind": "BUSINESS", "vatNumber": "BE0987654394",
         "address": {"street": "Rue de la Loi 16", "postcode": "1000", "city": "Bruxelles"}, "language": "NL"}""");
  }

  private JsonNode invoiceFor(Contract contract) {
    HttpResponse<String> issued = admin.post("/api/v1/invoices", "{\"contract\": \"%s\", \"issueDate\": \"%s\"}".formatted(contract.id(), DAY));
    assertThat(issued.statusCode()).as(issued.body()).isEqualTo(201);
    return json(issued);
  }

  private Contract declared(Member member, JsonNode client) {
    return books.declaredContract(member, books.clientById(client.get("id").asText()), "1000.00", DAY);
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document).replaceAll("[\\s\\u00a0\\u202f]+", " ");
    }
  }

  @Test
  void theInvoice_isItsPdfOrItsUbl_asAcceptAsks_andJsonOtherwise() throws IOException {
    JsonNode client = businessClient();
    assertThat(client.get("address").get("city").asText()).isEqualTo("Bruxelles");
    assertThat(client.get("language").asText()).isEqualTo("NL");
    JsonNode invoice = invoiceFor(declared(books.shareholder("Anna"), client));
    String path = "/api/v1/invoices/" + invoice.get("id").asText();

    HttpResponse<byte[]> pdf = admin.accept(path, "application/pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(text(pdf.body())).contains("Factuur", invoice.get("number").asText(), "Atelier Lumière SRL", "1.210,00 EUR", "+++");

    HttpResponse<byte[]> ubl = admin.accept(path, "application/xml");
    assertThat(ubl.statusCode()).isEqualTo(200);
    assertThat(ubl.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
    assertThat(new String(ubl.body(), StandardCharsets.UTF_8)).contains("urn:fdc:peppol.eu:2017:poacc:billing:3.0",
        "<cbc:ID>" + invoice.get("number").asText() + "</cbc:ID>", "schemeID=\"0208\">0987654394<");

    assertThat(admin.accept(path, "application/json, application/pdf;q=0.5").headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/json");
    assertThat(admin.accept(path, "*/*").headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
    HttpResponse<byte[]> html = admin.accept(path, "text/html");
    assertThat(html.statusCode()).isEqualTo(406);
    assertThat(new String(html.body(), StandardCharsets.UTF_8)).contains("application/pdf", "application/xml");
  }

  @Test
  void aConsumer_getsNoUbl() {
    JsonNode consumer = client("{\"name\": \"Jeanne Dupont\", \"country\": \"BE\", \"kind\": \"CONSUMER\"}");
    JsonNode invoice = invoiceFor(declared(books.shareholder("Bea"), consumer));
    String path = "/api/v1/invoices/" + invoice.get("id").asText();

    HttpResponse<byte[]> ubl = admin.accept(path, "application/xml");
    assertThat(ubl.statusCode()).isEqualTo(406);
    assertThat(new String(ubl.body(), StandardCharsets.UTF_8)).contains("consumer");
    assertThat(admin.accept(path, "application/pdf").statusCode()).isEqualTo(200);
  }

  @Test
  void aCreditNote_isItsPdfAndItsUbl() throws IOException {
    // A contract's invoice is credited in full: 1,210.00.
    JsonNode invoice = invoiceFor(declared(books.shareholder("Carl"), businessClient()));
    String path = "/api/v1/invoices/" + invoice.get("id").asText();
    clock.moveTo(DAY.plusDays(4));
    assertThat(admin.change(path + "/credit-notes", "\"1\"", "{\"creditedOn\": \"2026-11-20\"}")
        .statusCode()).isEqualTo(200);

    HttpResponse<byte[]> pdf = admin.accept(path + "/credit-notes/1", "application/pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(text(pdf.body())).contains("Creditnota", invoice.get("number").asText() + "-C1", "1.210,00 EUR");
    HttpResponse<byte[]> ubl = admin.accept(path + "/credit-notes/1", "application/xml");
    assertThat(new String(ubl.body(), StandardCharsets.UTF_8)).contains("<CreditNote", "<cbc:CreditNoteTypeCode>381<");
    assertThat(admin.accept(path + "/credit-notes/2", "application/pdf").statusCode()).isEqualTo(404);
  }

  @Test
  void theContract_isItsPdf_andItsPaySlip_inTheMembersLanguage() throws IOException {
    JsonNode member = json(admin.post("/api/v1/members", "{\"kind\": \"NATURAL_PERSON\", \"name\": \"Dora\", \"language\": \"DE\"}"));
    assertThat(member.get("language").asText()).isEqualTo("DE");
    Member dora = books.withShare(member.get("id").asText());
    Contract contract = declared(dora, businessClient());
    String path = "/api/v1/contracts/" + contract.id();

    HttpResponse<byte[]> pdf = admin.accept(path, "application/pdf");
    assertThat(pdf.statusCode()).isEqualTo(200);
    assertThat(text(pdf.body())).contains("Arbeitsvertrag", "Dora", "1.000,00 EUR", "11 %");
    HttpResponse<byte[]> slip = admin.accept(path + "/pay-slip", "application/pdf");
    assertThat(slip.statusCode()).isEqualTo(200);
    assertThat(text(slip.body())).contains("Lohnabrechnung", "Dora", "Nettolohn");
    assertThat(admin.accept(path + "/pay-slip", "application/json").statusCode()).isEqualTo(406);
  }

  @Test
  void aDraft_hasNoPaySlip() {
    Contract draft = books.draftContract(books.shareholder("Emil"), books.clientById(businessClient().get("id").asText()), "500.00", DAY);
    HttpResponse<byte[]> slip = admin.accept("/api/v1/contracts/" + draft.id() + "/pay-slip", "application/pdf");
    assertThat(slip.statusCode()).isEqualTo(422);
    assertThat(new String(slip.body(), StandardCharsets.UTF_8)).contains("NO_PAY_SLIP");
  }

  @Test
  void anotherMembersKey_reachesNoDocumentOfThisMember() {
    Member anna = books.shareholder("Fay");
    Contract contract = declared(anna, businessClient());
    JsonNode invoice = invoiceFor(contract);
    KeyedCalls others = new KeyedCalls(server, server.key("BE", Role.MEMBER, books.shareholder("Gus").id()));
    KeyedCalls own = new KeyedCalls(server, server.key("BE", Role.MEMBER, anna.id()));
    String invoicePath = "/api/v1/invoices/" + invoice.get("id").asText();

    assertThat(others.accept(invoicePath, "application/pdf").statusCode()).isEqualTo(404);
    assertThat(others.accept(invoicePath, "application/xml").statusCode()).isEqualTo(404);
    assertThat(others.accept("/api/v1/contracts/" + contract.id(), "application/pdf").statusCode()).isEqualTo(404);
    assertThat(others.accept("/api/v1/contracts/" + contract.id() + "/pay-slip", "application/pdf").statusCode()).isEqualTo(404);
    assertThat(own.accept(invoicePath, "application/pdf").statusCode()).isEqualTo(200);
    assertThat(own.accept("/api/v1/contracts/" + contract.id() + "/pay-slip", "application/pdf").statusCode()).isEqualTo(200);
    assertThat(new KeyedCalls(server, server.key("FR", Role.ADMIN, null)).accept(invoicePath, "application/pdf").statusCode()).isEqualTo(404);
  }

  @Test
  void aClientsElectronicAddress_mustNameAScheme() {
    HttpResponse<String> refused = admin.post("/api/v1/clients",
        "{\"name\": \"Atelier\", \"country\": \"BE\", \"kind\": \"BUSINESS\", \"electronicAddress\": \"BE0987654394\","
            + " \"address\": {\"street\": \"Rue Haute 1\"}}");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("electronicAddress", "address.postcode", "address.city");
  }

  @Test
  void aClientsAddress_isBoundedByItsColumns_withoutControlCharacters_eachFieldNamed() {
    HttpResponse<String> refused = admin.post("/api/v1/clients",
        "{\"name\": \"Atelier\", \"country\": \"BE\", \"kind\": \"BUSINESS\", \"language\": \"NL\","
            + " \"address\": {\"street\": \"Rue Haute 1\", \"postcode\": \"" + "1".repeat(21) + "\", \"city\": \"Bru\\nxelles\"},"
            + " \"electronicAddress\": \"0208:" + "1".repeat(60) + "\"}");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json(refused).get("errors")).extracting(error -> error.get("pointer").asText())
        .containsExactly("/address/postcode", "/address/city", "/electronicAddress", "/electronicAddress");
    assertThat(json(refused).get("errors").get(2).get("message").asText()).isEqualTo("must be at most 60 characters");
  }
}
