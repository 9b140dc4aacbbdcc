package coop.smart.documents;

import coop.smart.core.client.Client;
import coop.smart.core.contract.Contract;
import coop.smart.core.entity.Issuer;
import coop.smart.core.entity.VatDecision;
import coop.smart.core.error.NotFoundException;
import coop.smart.core.invoice.CreditNote;
import coop.smart.core.invoice.Invoice;
import coop.smart.core.invoice.InvoiceLine;
import coop.smart.core.invoice.PaymentReference;
import coop.smart.core.member.Member;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;

/**
 * One document of an issued invoice as the PDF and the UBL print it: the invoice itself, or one
 * of its credit notes, with its number, dates, lines and amounts.
 *
 * @param number the document's number: the invoice's, or {@code BE-2017-000042-C1} for its first credit note
 * @param dueDate when the invoice is due; null for a credit note
 * @param paymentReference what the client's transfer carries; null for a credit note
 * @param creditNote the credit note's position among the invoice's (1 for the first), or 0 for the invoice
 */
public record InvoiceDocument(IssuedInvoice issued, String number, LocalDate issueDate, LocalDate dueDate, List<Line> lines, Money net,
                              Money vat, Money total, PaymentReference paymentReference, int creditNote) {

  /** One line: what was done, how much of it, the price of one and the line's amount, all excluding VAT. */
  public record Line(String description, BigDecimal quantity, Money unitPrice, Money total) {

    static Line of(InvoiceLine line) {
      return new Line(line.description(), line.quantity(), line.unitPrice(), line.total());
    }
  }

  public InvoiceDocument {
    lines = List.copyOf(lines);
  }

  /** The invoice itself. */
  public static InvoiceDocument invoice(IssuedInvoice issued) {
    Invoice invoice = issued.invoice();
    return new InvoiceDocument(issued, invoice.number().toString(), invoice.issueDate(), invoice.dueDate(),
        invoice.lines().stream().map(Line::of).toList(), invoice.net(), invoice.vat(), invoice.total(),
        PaymentReference.of(issued.issuer().paymentReference(), invoice.number()), 0);
  }

  /**
   * The invoice's credit note at {@code position} (1 for the first): one line crediting the
   * amount it gives back.
   *
   * @throws NotFoundException when the invoice has no such credit note
   */
  public static InvoiceDocument creditNote(IssuedInvoice issued, int position) {
    Invoice invoice = issued.invoice();
    if (position < 1 || position > invoice.creditNotes().size()) {
      throw new NotFoundException("invoice " + invoice.number() + " has " + invoice.creditNotes().size() + " credit notes, no number " + position);
    }
    CreditNote note = invoice.creditNotes().get(position - 1);
    String description = Labels.of(issued.language()).text("creditNote.line", invoice.number().toString());
    return new InvoiceDocument(issued, invoice.number() + "-C" + position, note.on(), null,
        List.of(new Line(description, BigDecimal.ONE, note.net(), note.net())), note.net(), note.vat(), note.total(), null, position);
  }

  public boolean isCreditNote() {
    return creditNote > 0;
  }

  public Issuer issuer() {
    return issued.issuer();
  }

  public Client client() {
    return issued.client();
  }

  public Member member() {
    return issued.member();
  }

  /** The contract whose service the invoice bills, or null for an invoice through an activity. */
  public Contract contract() {
    return issued.contract();
  }

  public VatDecision vatDecision() {
    return issued.invoice().vatDecision();
  }

  public Invoice invoice() {
    return issued.invoice();
  }

  public Labels labels() {
    return Labels.of(issued.language());
  }
}
