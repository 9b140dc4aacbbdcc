package coop.smart.persistence;

import coop.smart.core.entity.EntityCode;
import coop.smart.core.invoice.InvoiceNumber;
import coop.smart.core.invoice.InvoiceNumbering;
import coop.smart.core.invoice.InvoiceSeries;
import java.time.LocalDate;
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
      // The first number of a year creates the series; a concurrent first waits for it and then does nothing.
      handle.createUpdate("INSERT INTO invoice_series (entity, series_year, last_sequence) VALUES (:entity, :year, 0) ON CONFLICT DO NOTHING")
          .bind("entity", entity.value()).bind("year", year).execute();
      InvoiceSeries next = held(handle, entity, year).next(issueDate);
      handle.createUpdate("UPDATE invoice_series SET last_sequence = :sequence, last_issue_date = :date WHERE entity = :entity AND series_year = :year")
          .bind("sequence", next.lastSequence()).bind("date", next.lastIssueDate())
          .bind("entity", entity.value()).bind("year", year).execute();
      return next.last();
    });
  }

  /** The series as its last invoice left it, its row locked until the transaction ends: a concurrent issuer reads it only once this one is done. */
  private static InvoiceSeries held(Handle handle, EntityCode entity, int year) {
    return handle.createQuery("SELECT last_sequence, last_issue_date FROM invoice_series WHERE entity = :entity AND series_year = :year FOR UPDATE")
        .bind("entity", entity.value()).bind("year", year)
        .map((row, context) -> new InvoiceSeries(entity, year, row.getLong("last_sequence"), row.getObject("last_issue_date", LocalDate.class)))
        .one();
  }
}
