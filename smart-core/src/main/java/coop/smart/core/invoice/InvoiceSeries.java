package coop.smart.core.invoice;

import coop.smart.core.entity.EntityCode;
import coop.smart.core.error.BusinessRuleException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One series of invoice numbers, an entity's for a year, as its last invoice left it. Invoices
 * are numbered continuously and in the order of their dates, as Belgian and French law require:
 * the next number goes to an invoice dated no earlier than the last.
 *
 * @param lastSequence the sequence of the last invoice, 0 before the first
 * @param lastIssueDate the date of the last invoice, or null before the first
 */
public record InvoiceSeries(EntityCode entity, int year, long lastSequence, LocalDate lastIssueDate) {

  /** Rule code of the refusal of an invoice dated before the last of its series. */
  public static final String DATE_ORDER = "INVOICE_DATE_ORDER";

  public InvoiceSeries {
    Objects.requireNonNull(entity, "entity");
    if (lastSequence < 0) throw new IllegalArgumentException("invoice sequences start at 1: " + lastSequence);
  }

  /** A series no invoice has opened yet. */
  public static InvoiceSeries empty(EntityCode entity, int year) {
    return new InvoiceSeries(entity, year, 0, null);
  }

  /**
   * The series once the invoice dated {@code issueDate} took its next number.
   *
   * @throws BusinessRuleException ({@value #DATE_ORDER}) naming {@code issueDate} when it is
   *     before the date of the last invoice
   */
  public InvoiceSeries next(LocalDate issueDate) {
    if (issueDate.getYear() != year) throw new IllegalArgumentException("an invoice dated " + issueDate + " is not of the series of " + year);
    if (lastIssueDate != null && issueDate.isBefore(lastIssueDate)) {
      throw new BusinessRuleException(DATE_ORDER, "issueDate: must not be before " + lastIssueDate + ", the date of " + last()
          + ", the last invoice of its series: invoices are numbered in the order of their dates: " + issueDate);
    }
    return new InvoiceSeries(entity, year, lastSequence + 1, issueDate);
  }

  /** The number of the last invoice. */
  public InvoiceNumber last() {
    return new InvoiceNumber(entity, year, lastSequence);
  }
}
