package coop.smart.core.invoice;

import coop.smart.core.entity.EntityCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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

  /**
   * The next {@code count} numbers of the series, in order, for invoices all dated
   * {@code issueDate}: a day's invoices issued together ({@link TakenNumbers}). A stored
   * implementation takes them in one statement; the series has no gap as long as every number is
   * stored with its invoice in the same transaction.
   *
   * @throws coop.smart.core.error.BusinessRuleException as {@link #next(EntityCode, LocalDate)}; no number is taken
   */
  default List<InvoiceNumber> next(EntityCode entity, LocalDate issueDate, int count) {
    List<InvoiceNumber> taken = new ArrayList<>(count);
    for (int i = 0; i < count; i++) taken.add(next(entity, issueDate));
    return taken;
  }
}
