package coop.smart.core.bank;

import coop.smart.core.invoice.InvoiceId;
import java.util.Objects;
import org.joda.money.Money;

/**
 * An entry of an imported statement and what became of it.
 *
 * @param position its place in the statement, from 1
 * @param invoice the invoice it paid, or the one suggested; null otherwise
 * @param paid what it paid on that invoice (zero until it pays one)
 * @param clientCredit what it paid beyond the invoice, kept as the client's credit
 * @param note why it waits, or why it was dismissed; null once it paid an invoice
 */
public record StatementEntry(EntryId id, StatementId statement, int position, BankEntry entry, EntryStatus status, InvoiceId invoice,
                             Money paid, Money clientCredit, String note) {

  public StatementEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(statement, "statement");
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(paid, "paid");
    Objects.requireNonNull(clientCredit, "clientCredit");
  }

  /** The entry once it paid {@code paidInvoice}: {@code paid} on it and the rest to the client's credit. */
  public StatementEntry paying(EntryStatus how, InvoiceId paidInvoice, Money paidOnInvoice) {
    return new StatementEntry(id, statement, position, entry, how, paidInvoice, paidOnInvoice, entry.amount().minus(paidOnInvoice), null);
  }

  /** The entry dismissed for {@code reason}. */
  public StatementEntry dismissed(String reason) {
    return new StatementEntry(id, statement, position, entry, EntryStatus.DISMISSED, invoice, paid, clientCredit, reason);
  }
}
