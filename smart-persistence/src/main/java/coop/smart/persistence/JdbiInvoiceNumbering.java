package coop.smart.persistence;

import coop.smart.core.entity.EntityCode;
import coop.smart.core.invoice.InvoiceNumber;
import coop.smart.core.invoice.InvoiceNumbering;
import coop.smart.core.invoice.InvoiceSeries;
import java.time.LocalDate;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Invoice numbers kept in the database, one series per entity and year in
 * {@code invoice_series}, with the date of its last invoice. A number is taken inside the
 * caller's transaction, the one that stores the invoice: the series row is locked first and
 * stays locked until that transaction ends, so concurrent issuers wait their turn instead of
 * sharing a number or dating a later one earlier, and a transaction that rolls back gives its
 * number back. The series has no gap as long as every number taken is stored with its invoice,
 * which one transaction guarantees.
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
  public InvoiceNumber next(EntityCode entity, LocalDate issueDate) {
    int year = issueDate.getYear();
    return jdbi.withHandle(handle -> {
      if (!handle.isInTransaction()) {
        throw new IllegalStateException("take the invoice number of " + entity + " for " + year
            + " inside the transaction that stores the invoice (Transactions.inTransaction), so a failure gives it back");
      }
      // One statement takes the number as InvoiceSeries.next would: the first of a year opens the series, a later one
      // follows the last if dated no earlier; the row stays locked either way. Refused, the series says why.
      Optional<Long> taken = handle.createQuery("INSERT INTO invoice_series AS s (entity, series_year, last_sequence, last_issue_date)"
              + " VALUES (:entity, :year, 1, :date) ON CONFLICT (entity, series_year) DO UPDATE"
              + " SET last_sequence = s.last_sequence + 1, last_issue_date = EXCLUDED.last_issue_date"
              + " WHERE s.last_issue_date IS NULL OR s.last_issue_date <= EXCLUDED.last_issue_date RETURNING last_sequence")
          .bind("entity", entity.value()).bind("year", year).bind("date", issueDate).mapTo(Long.class).findOne();
      return taken.map(sequence -> new InvoiceNumber(entity, year, sequence))
          .orElseGet(() -> held(handle, entity, year).next(issueDate).last());
    });
  }

  /** The series as its last invoice left it. */
  private static InvoiceSeries held(Handle handle, EntityCode entity, int year) {
    return handle.createQuery("SELECT last_sequence, last_issue_date FROM invoice_series WHERE entity = :entity AND series_year = :year")
        .bind("entity", entity.value()).bind("year", year)
        .map((row, context) -> new InvoiceSeries(entity, year, row.getLong("last_sequence"), row.getObject("last_issue_date", LocalDate.class)))
        .one();
  }
}
