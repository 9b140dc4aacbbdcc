package coop.smart.persistence;

import coop.smart.core.entity.EntityCode;
import coop.smart.core.invoice.InvoiceNumber;
import coop.smart.core.invoice.InvoiceNumbering;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Invoice numbers kept in the database, one series per entity and year in
 * {@code invoice_series}. A number is taken by raising the series' last number inside the
 * caller's transaction, the one that stores the invoice: the series row stays locked until that
 * transaction ends, so concurrent issuers wait their turn instead of sharing a number, and a
 * transaction that rolls back gives its number back. The series has no gap as long as every
 * number taken is stored with its invoice, which one transaction guarantees.
 */
public final class JdbiInvoiceNumbering implements InvoiceNumbering {

  private final Jdbi jdbi;

  public JdbiInvoiceNumbering(Database database) {
    this.jdbi = database.jdbi();
  }

  /**
   * @throws IllegalStateException outside a transaction, where a number taken would be spent
   *     even if its invoice were never stored
   */
  @Override
  public InvoiceNumber next(EntityCode entity, int year) {
    return jdbi.withHandle(handle -> {
      if (!handle.isInTransaction()) {
        throw new IllegalStateException("take the invoice number of " + entity + " for " + year
            + " inside the transaction that stores the invoice (Transactions.inTransaction), so a failure gives it back");
      }
      // The first number of a year creates the series; a concurrent first waits for it and then does nothing.
      handle.createUpdate("INSERT INTO invoice_series (entity, series_year, last_sequence) VALUES (:entity, :year, 0) ON CONFLICT DO NOTHING")
          .bind("entity", entity.value()).bind("year", year).execute();
      return new InvoiceNumber(entity, year, raise(handle, entity, year));
    });
  }

  /** Raises the series by one, locking its row until the transaction ends, and answers the number taken. */
  private static long raise(Handle handle, EntityCode entity, int year) {
    handle.createUpdate("UPDATE invoice_series SET last_sequence = last_sequence + 1 WHERE entity = :entity AND series_year = :year")
        .bind("entity", entity.value()).bind("year", year).execute();
    return handle.createQuery("SELECT last_sequence FROM invoice_series WHERE entity = :entity AND series_year = :year")
        .bind("entity", entity.value()).bind("year", year).mapTo(Long.class).one();
  }
}
