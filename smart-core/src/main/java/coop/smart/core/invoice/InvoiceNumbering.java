package coop.smart.core.invoice;

import coop.smart.core.entity.EntityCode;

/**
 * Hands out invoice numbers: one series per entity and year, starting at 1, each number once
 * and none skipped, so the series shows every invoice issued. A number is taken only once the
 * invoice is known to be valid; a stored implementation takes it in the transaction that stores
 * the invoice, so a failed store gives it back.
 */
public interface InvoiceNumbering {

  /** The next number of {@code entity}'s series for {@code year}. */
  InvoiceNumber next(EntityCode entity, int year);
}
