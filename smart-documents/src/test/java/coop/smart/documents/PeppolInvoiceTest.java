package coop.smart.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.client.Client;
import coop.smart.core.client.ClientKind;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.documents.Examples.Case;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every VAT case's invoice and credit note passes the official EN 16931 and Peppol BIS 3.0 rules with no error. */
class PeppolInvoiceTest {

  @ParameterizedTest
  @EnumSource(Case.class)
  void invoice_passesEn16931AndPeppolRules(Case which) throws Exception {
    byte[] ubl = PeppolInvoice.render(InvoiceDocument.invoice(Examples.invoice(which)));
    keep("invoice-" + which, ubl);
    assertThat(Schematron.errors(Schematron.EN16931_INVOICE, ubl)).as(new String(ubl, StandardCharsets.UTF_8)).isEmpty();
    assertThat(Schematron.errors(Schematron.PEPPOL_INVOICE, ubl)).as(new String(ubl, StandardCharsets.UTF_8)).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Case.class)
  void creditNote_passesEn16931AndPeppolRules(Case which) throws Exception {
    byte[] ubl = PeppolInvoice.render(InvoiceDocument.creditNote(Examples.credited(which), 1));
    keep("credit-note-" + which, ubl);
    assertThat(Schematron.errors(Schematron.EN16931_CREDIT_NOTE, ubl)).as(new String(ubl, StandardCharsets.UTF_8)).isEmpty();
    assertThat(Schematron.errors(Schematron.PEPPOL_CREDIT_NOTE, ubl)).as(new String(ubl, StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void invoice_carriesThePaymentReference() {
    InvoiceDocument document = InvoiceDocument.invoice(Examples.invoice(Case.STANDARD));
    String ubl = new String(PeppolInvoice.render(document), StandardCharsets.UTF_8);
    assertThat(ubl).contains("<cbc:PaymentID>" + document.paymentReference().text() + "</cbc:PaymentID>")
        .contains("+++").contains("BE68539007547034");
  }

  @Test
  void consumer_andBusinessWithoutPeppolAddress_getNoEInvoice() {
    Client consumer = Client.register(Examples.BE.code(), "Jeanne", "BE", ClientKind.CONSUMER, null);
    Client unreachable = Client.register(Examples.BE.code(), "Atelier", "NL", ClientKind.BUSINESS, "NL123456789B01");
    for (Client client : new Client[] {consumer, unreachable}) {
      InvoiceDocument document = InvoiceDocument.invoice(Examples.invoiceTo(Examples.BE, client));
      assertThatThrownBy(() -> PeppolInvoice.render(document)).isInstanceOf(BusinessRuleException.class)
          .hasFieldOrPropertyWithValue("rule", PeppolInvoice.NO_E_INVOICE);
    }
  }

  private static void keep(String name, byte[] xml) throws Exception {
    Path folder = Path.of("target", "documents");
    Files.createDirectories(folder);
    Files.write(folder.resolve(name + ".xml"), xml);
  }
}
