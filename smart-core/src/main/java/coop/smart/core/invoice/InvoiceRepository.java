package coop.smart.core.invoice;

import coop.smart.core.activity.ActivityId;
import coop.smart.core.client.ClientId;
import coop.smart.core.store.Repository;
import java.util.List;
import java.util.Optional;

/**
 * The invoices of one entity, with their lines, payments, credit notes and reminders. Its
 * numbers come from the entity's {@link InvoiceNumbering}, taken in the transaction that saves
 * the invoice.
 */
public interface InvoiceRepository extends Repository<Invoice, InvoiceId> {

  /** The invoice a client or a payment quotes by its number. */
  Optional<Invoice> find(InvoiceNumber number);

  /**
   * A client's invoices with something still due ({@link InvoiceStatus#isOpen()}), by number:
   * what it owes, and what the reminder run and a client's default look at.
   */
  List<Invoice> openOf(ClientId client);

  /** Every invoice funding an activity's budget, by number. */
  List<Invoice> ofActivity(ActivityId activity);
}
