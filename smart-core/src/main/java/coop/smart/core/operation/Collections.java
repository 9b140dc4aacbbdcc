package coop.smart.core.operation;

import coop.smart.core.client.Client;
import coop.smart.core.client.ClientId;
import coop.smart.core.entity.Today;
import coop.smart.core.invoice.Invoice;
import coop.smart.core.invoice.InvoiceId;
import coop.smart.core.invoice.Reminder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Collecting what clients owe: the daily reminder run over the entity's open invoices, and a
 * client declared in default, whose open invoices are written off. Each is one transaction.
 */
public final class Collections {

  /** A reminder a run sent (or would send), on its invoice after it. */
  public record Sent(Invoice invoice, Reminder reminder) {
  }

  private final EntityStores stores;
  private final Changes changes;

  public Collections(EntityStores stores) {
    this.stores = stores;
    this.changes = new Changes(stores);
  }

  /**
   * Sends the reminders due on {@code day}; running the same day again sends nothing new. Never a
   * day to come ({@link Today#past}): clients are not reminded ahead.
   */
  public List<Sent> remind(Actor actor, LocalDate day) {
    stores.today().past("on", Objects.requireNonNull(day, "day"));
    return stores.transactions().inTransaction(() -> {
      List<Invoice> open = stores.invoices().withStepDueBy(day);
      Map<InvoiceId, Integer> before = remindersOf(open);
      List<Sent> sent = new ArrayList<>();
      for (Invoice saved : stores.invoices().saveChanges(stores.flow().runReminders(day, open).reminded())) {
        changes.audit(actor, "invoice.remind", "invoice", saved.id());
        sent.addAll(newReminders(before, saved));
      }
      return sent;
    });
  }

  /** The reminders a run on {@code day} would send, by the same rule, neither sent nor saved. */
  public List<Sent> due(LocalDate day) {
    List<Invoice> open = stores.invoices().withStepDueBy(day);
    Map<InvoiceId, Integer> before = remindersOf(open);
    return stores.flow().runReminders(day, open).reminded().stream().flatMap(reminded -> newReminders(before, reminded).stream()).toList();
  }

  private static Map<InvoiceId, Integer> remindersOf(List<Invoice> invoices) {
    return invoices.stream().collect(Collectors.toMap(Invoice::id, invoice -> invoice.reminders().size()));
  }

  /** The reminders {@code reminded} holds beyond the number it had {@code before} the run. */
  private static List<Sent> newReminders(Map<InvoiceId, Integer> before, Invoice reminded) {
    List<Reminder> all = reminded.reminders();
    return all.subList(before.get(reminded.id()), all.size()).stream().map(reminder -> new Sent(reminded, reminder)).toList();
  }

  /**
   * Declares a client in default on {@code on}: the guarantee fund loses its advances on the
   * client's open invoices and the rest of their debt becomes bad debt. Answers the invoices
   * written off; declaring it again finds nothing open and changes nothing. {@code on} is a day
   * that has come ({@link Today#past}).
   */
  public List<Invoice> declareDefault(Actor actor, ClientId id, LocalDate on) {
    stores.today().past("on", Objects.requireNonNull(on, "on"));
    return stores.transactions().inTransaction(() -> {
      Client client = stores.clients().find(id).orElseThrow(() -> Invoices.notStored(actor, "client " + id));
      List<Invoice> writtenOff = stores.invoices().saveChanges(stores.flow().defaultOf(client, stores.invoices().openOf(client.id()), on));
      writtenOff.forEach(saved -> changes.audit(actor, "invoice.write-off", "invoice", saved.id()));
      changes.audit(actor, "client.default", "client", client.id());
      return writtenOff;
    });
  }

}
