package coop.smart.core.invoice;

import coop.smart.core.ledger.JournalEntry;
import java.util.Objects;

/**
 * An invoice after an operation, with the journal entry recording the money it moved. The
 * caller stores the invoice and posts the entry together.
 */
public record InvoiceChange(Invoice invoice, JournalEntry entry) {

  public InvoiceChange {
    Objects.requireNonNull(invoice, "invoice");
    Objects.requireNonNull(entry, "entry");
  }
}
