package coop.smart.documents;

import static org.assertj.core.api.Assertions.assertThat;

import coop.smart.core.entity.Issuer;
import coop.smart.documents.Examples.Case;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The invoice PDF read back: every mention an invoice must carry is in its text, in the client's language. */
class InvoicePdfTest {

  @ParameterizedTest
  @EnumSource(Case.class)
  void invoice_printsEveryMandatoryField(Case which) throws Exception {
    InvoiceDocument document = InvoiceDocument.invoice(Examples.invoice(which));
    byte[] pdf = InvoicePdf.render(document);
    Pages.keep("invoice-" + which, pdf);
    Labels t = document.labels();
    Issuer issuer = document.issuer();
    List<String> mandatory = new ArrayList<>(List.of(t.text("invoice.title"), issuer.legalName(), issuer.address().street(),
        issuer.address().postcode(), issuer.address().city(), issuer.vatNumber(), issuer.iban(), issuer.bic(), document.client().name(),
        document.client().address().street(), document.client().address().city(), document.number(), t.date(document.issueDate()),
        t.date(document.dueDate()), t.money(document.net()), t.money(document.vat()), t.money(document.total()),
        document.paymentReference().printed(), document.member().name()));
    for (InvoiceDocument.Line line : document.lines()) {
      mandatory.addAll(List.of(line.description(), t.quantity(line.quantity()), t.money(line.unitPrice()), t.money(line.total())));
    }
    if (document.client().vatNumber() != null) mandatory.add(document.client().vatNumber());
    if (document.contract() != null) {
      mandatory.add(t.text("period", t.date(document.contract().start()), t.date(document.contract().end())));
    }
    if (document.vatDecision().mention() != null) {
      mandatory.addAll(List.of(document.vatDecision().mention(), t.text("vat." + document.vatDecision().treatment())));
    } else {
      mandatory.add(t.text("vat.rate", t.percent(document.vatDecision().rate()), t.money(document.net())));
    }
    assertThat(Pages.text(pdf)).contains(mandatory.stream().map(Pages::words).toList());
  }

  @Test
  void creditNote_namesTheInvoiceItCredits() throws Exception {
    InvoiceDocument note = InvoiceDocument.creditNote(Examples.credited(Case.STANDARD), 1);
    byte[] pdf = InvoicePdf.render(note);
    Pages.keep("credit-note-STANDARD", pdf);
    Labels t = note.labels();
    assertThat(Pages.text(pdf)).contains(Pages.words(t.text("creditNote.title")), note.number(),
        Pages.words(t.text("creditNote.refersTo", note.invoice().number().toString(), t.date(note.invoice().issueDate()))),
        Pages.words(t.money(note.total())), Pages.words(t.money(note.vat())), Pages.words(t.money(note.net())))
        .doesNotContain(Pages.words(t.text("paymentReference")));
  }

  @Test
  void theClientsLanguage_choosesTheWords() throws Exception {
    for (Case which : List.of(Case.STANDARD, Case.REVERSE_CHARGE, Case.OUTSIDE_EU, Case.FRENCH)) {
      InvoiceDocument document = InvoiceDocument.invoice(Examples.invoice(which));
      assertThat(Pages.text(InvoicePdf.render(document))).contains(Pages.words(Labels.of(document.client().language()).text("dueDate")));
    }
  }
}
