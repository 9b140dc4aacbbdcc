package coop.smart.server.api.invoices;

import com.fasterxml.jackson.annotation.JsonInclude;
import coop.smart.core.entity.CollectionStep;
import coop.smart.core.entity.ExplainedFigure;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.entity.RulesCoverage;
import coop.smart.core.entity.VatDecision;
import coop.smart.core.entity.VatTreatment;
import coop.smart.core.invoice.CreditNote;
import coop.smart.core.invoice.Invoice;
import coop.smart.core.invoice.InvoiceLine;
import coop.smart.core.invoice.InvoiceStatus;
import coop.smart.core.invoice.Payment;
import coop.smart.core.invoice.Reminder;
import coop.smart.core.money.Rate;
import coop.smart.server.api.RulesWarning;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.joda.money.Money;

/**
 * An invoice as the API shows it: its lines, VAT with the legal mention a zero rate prints, the
 * entity's fee, totals, and what happened since (payments, credit notes, reminders). Exactly one
 * of {@code contract} and {@code activity} is set.
 */
record InvoiceView(String id, String number, String entity, String client, String member, String contract, String activity,
                   String structure, InvoiceStatus status, LocalDate issueDate, LocalDate dueDate, List<Line> lines, Money net,
                   Vat vat, Money total, Fee fee, Money paid, Money credited, Money outstanding, List<Paid> payments,
                   List<Credit> creditNotes, List<Reminded> reminders, LocalDate writtenOffOn, long version,
                   @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate rulesVerifiedUntil,
                   @JsonInclude(JsonInclude.Include.NON_EMPTY) List<RulesWarning> warnings,
                   @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ExplainedFigure> explanation) {

  record Line(String description, BigDecimal quantity, Money unitPrice, Money total) {

    static Line of(InvoiceLine line) {
      return new Line(line.description(), line.quantity(), line.unitPrice(), line.total());
    }
  }

  /** @param mention the legal mention printed on the invoice; null under the standard rate */
  record Vat(VatTreatment treatment, Rate rate, Money amount, String mention) {

    static Vat of(Invoice invoice) {
      VatDecision decision = invoice.vatDecision();
      return new Vat(decision.treatment(), decision.rate(), invoice.vat(), decision.mention());
    }
  }

  record Fee(HolderKind holder, Rate rate, Money amount) {
  }

  record Paid(LocalDate paidOn, Money amount) {

    static Paid of(Payment payment) {
      return new Paid(payment.on(), payment.amount());
    }
  }

  record Credit(LocalDate creditedOn, Money net, Money vat, Money fee, Money total) {

    static Credit of(CreditNote note) {
      return new Credit(note.on(), note.net(), note.vat(), note.fee(), note.total());
    }
  }

  record Reminded(CollectionStep.Kind step, int daysAfterDue, LocalDate issuedOn, Money outstanding) {

    static Reminded of(Reminder reminder) {
      return new Reminded(reminder.step().kind(), reminder.step().daysAfterDue(), reminder.issuedOn(), reminder.outstanding());
    }
  }

  /** The invoice with how recent {@code entity}'s rules behind it are and, when asked, how each figure is computed. */
  static InvoiceView of(NationalEntity entity, Invoice invoice, boolean explain) {
    return of(invoice, entity.coverage(invoice.issueDate(), "vat", "fee", "collection"), explain ? invoice.explanation(entity) : List.of());
  }

  private static InvoiceView of(Invoice invoice, RulesCoverage coverage, List<ExplainedFigure> explanation) {
    return new InvoiceView(invoice.id().toString(), invoice.number().toString(), invoice.entity().value(), invoice.client().toString(),
        invoice.member().toString(), text(invoice.contract()), text(invoice.activity()), invoice.structure(), invoice.status(),
        invoice.issueDate(), invoice.dueDate(), invoice.lines().stream().map(Line::of).toList(), invoice.net(), Vat.of(invoice),
        invoice.total(), new Fee(invoice.holder(), invoice.fee().rate(), invoice.fee().fee()), invoice.paid(), invoice.credited(),
        invoice.outstanding(), invoice.payments().stream().map(Paid::of).toList(), invoice.creditNotes().stream().map(Credit::of).toList(),
        invoice.reminders().stream().map(Reminded::of).toList(), invoice.writtenOffOn(), invoice.version(),
        coverage.verifiedUntil().orElse(null), RulesWarning.of(coverage), explanation);
  }

  private static String text(Object id) {
    return Objects.toString(id, null);
  }
}
