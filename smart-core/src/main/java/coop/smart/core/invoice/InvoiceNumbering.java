package coop.smart.core.invoice;

import coop.smart.core.entity.EntityCode;
import java.time.LocalDate;

/**
 * Hands out invoice numbers: one series per entity and year, starting at 1, each number once
 * and none skipped, so the series shows every invoice issued, in the order of their dates
 * ({@link InvoiceSeries}). A number is taken only once the invoice is known to be valid; a stored
 * implementation takes it in the transaction that stores the invoice, so a failed store gives it
 * back, and decides it with the series held, so no concurrent issuer dates a later number earlier.
 */
public interface InvoiceNumbering {

  /**
   * The next number of {@code entity}'s series for the year of {@code issueDate}, for an invoice
   * of that date.
   *
   * @throws coop.smart.core.error.BusinessRuleException ({@value InvoiceSeries#DATE_ORDER}) when
   *     {@code issueDate} is before the date of the last invoice of the series; no number is taken
   */
  InvoiceNumber next(EntityCode entity, LocalDate issueDate);
}
