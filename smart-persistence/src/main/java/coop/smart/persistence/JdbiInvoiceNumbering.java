package coop.smart.persistence;

import coop.smart.core.entity.EntityCode;
import coop.smart.core.invoice.InvoiceNumber;
import coop.smart.core.invoice.InvoiceNumbering;
import coop.smart.core.invoice.InvoiceSeries;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;
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
    return next(entity, issueDate, 1).get(0);
  }

  /**
   * @throws IllegalStateException outside a transaction, where numbers taken would be spent
   *     even if their invoices were never stored
   */
  @Override
  public List<InvoiceNumber> next(EntityCode entity, LocalDate issueDate, int count) {
    if (count < 1) throw new IllegalArgumentException("take at least one number, not " + count);
    int year = issueDate.getYear();
    return jdbi.withHandle(handle -> {
      if (!handle.isInTransaction()) {
        throw new IllegalStateException("take the invoice numbers of " + entity + " for " + year
            + " inside the transaction that stores the invoices (Transactions.inTransaction), so a failure gives them back");
      }
      // One statement takes the numbers as InvoiceSeries.next would, count times: the first of a year opens the series, later
      // ones follow the last if dated no earlier; the row stays locked either way. Refused, the series says why.
      Optional<Long> last = handle.createQuery("INSERT INTO invoice_series AS s (entity, series_year, last_sequence, last_issue_date)"
              + " VALUES (:entity, :year, :count, :date) ON CONFLICT (entity, series_year) DO UPDATE"
              + " SET last_sequence = s.last_sequence + EXCLUDED.last_sequence, last_issue_date = EXCLUDED.last_issue_date"
              + " WHERE s.last_issue_date IS NULL OR s.last_issue_date <= EXCLUDED.last_issue_date RETURNING last_sequence")
          .bind("entity", entity.value()).bind("year", year).bind("count", (long) count).bind("date", issueDate).mapTo(Long.class).findOne();
      long through = last.orElseGet(() -> held(handle, entity, year).next(issueDate).lastSequence());
      return LongStream.rangeClosed(through - count + 1, through)
          .mapToObj(sequence -> new InvoiceNumber(entity, year, sequence)).toList();
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
