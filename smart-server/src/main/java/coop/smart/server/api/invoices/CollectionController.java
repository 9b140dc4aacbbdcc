package coop.smart.server.api.invoices;

import coop.smart.core.client.Client;
import coop.smart.core.client.ClientId;
import coop.smart.core.invoice.Invoice;
import coop.smart.core.invoice.InvoiceId;
import coop.smart.core.invoice.ReminderRun;
import coop.smart.server.api.Idempotency;
import coop.smart.server.api.Idempotency.Reply;
import coop.smart.server.api.PathIds;
import coop.smart.server.api.Records;
import coop.smart.server.api.RunDays;
import coop.smart.server.api.Stores;
import coop.smart.server.security.Access;
import coop.smart.server.security.Caller;
import coop.smart.server.security.Role;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Collecting what clients owe: the daily reminder run over the entity's open invoices, and a
 * client declared in default, whose open invoices are written off. Both are staff's work.
 */
public final class CollectionController {

  private final Records records;
  private final Access access;
  private final Idempotency idempotency;

  public CollectionController(Records records, Access access, Idempotency idempotency) {
    this.records = records;
    this.access = access;
    this.idempotency = idempotency;
  }

  public void routes(RoutesConfig routes) {
    routes.post("/api/v1/reminder-runs", access.allow(Access.STAFF, this::remind));
    routes.post("/api/v1/clients/{id}/default", access.allow(this::declareDefault, Role.ADMIN, Role.ADVISOR));
  }

  /** A reminder run for a day; running the same day again issues nothing new. */
  record RunView(LocalDate on, List<Issued> reminders) {
  }

  record Issued(String invoice, String number, InvoiceView.Reminded reminder) {
  }

  private void remind(Context ctx, Caller caller) {
    Stores stores = records.of(caller);
    LocalDate day = RunDays.of(ctx, stores.clock());
    idempotency.respond(ctx, caller, () -> {
      List<Invoice> open = stores.invoices().open();
      Map<InvoiceId, Integer> before = open.stream().collect(Collectors.toMap(Invoice::id, invoice -> invoice.reminders().size()));
      ReminderRun run = stores.flow().runReminders(day, open);
      List<Issued> issued = new ArrayList<>();
      for (Invoice reminded : run.reminded()) {
        Invoice saved = stores.invoices().save(reminded);
        stores.audit(caller, ctx, "invoice.remind", "invoice", saved.id());
        saved.reminders().subList(before.get(saved.id()), saved.reminders().size()).forEach(reminder ->
            issued.add(new Issued(saved.id().toString(), saved.number().toString(), InvoiceView.Reminded.of(reminder))));
      }
      return Reply.ok(new RunView(day, issued));
    });
  }

  /** What a client's default did: the open invoices it wrote off, after it. */
  record DefaultView(String client, LocalDate on, List<InvoiceView> writtenOff) {
  }

  /**
   * The guarantee fund loses its advances on the client's open invoices and the rest of their
   * debt becomes bad debt; declaring it again finds nothing open and changes nothing.
   */
  private void declareDefault(Context ctx, Caller caller) {
    Stores stores = records.of(caller);
    ClientId id = new ClientId(PathIds.of(ctx, "id", "client"));
    LocalDate on = RunDays.of(ctx, stores.clock());
    idempotency.respond(ctx, caller, () -> {
      Client client = stores.clients().find(id).orElseThrow(() -> InvoiceController.notStored(caller, "client " + id));
      List<Invoice> open = stores.invoices().openOf(client.id());
      List<InvoiceView> writtenOff = new ArrayList<>();
      for (Invoice invoice : stores.flow().defaultOf(client, open, on)) {
        Invoice saved = stores.invoices().save(invoice);
        stores.audit(caller, ctx, "invoice.write-off", "invoice", saved.id());
        writtenOff.add(InvoiceView.of(saved));
      }
      stores.audit(caller, ctx, "client.default", "client", client.id());
      return Reply.ok(new DefaultView(client.id().toString(), on, writtenOff));
    });
  }
}
