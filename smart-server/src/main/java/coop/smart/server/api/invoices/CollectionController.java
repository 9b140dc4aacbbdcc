package coop.smart.server.api.invoices;

import coop.smart.core.client.ClientId;
import coop.smart.core.operation.Collections;
import coop.smart.core.operation.Role;
import coop.smart.server.api.Idempotency;
import coop.smart.server.api.Idempotency.Reply;
import coop.smart.server.api.PathIds;
import coop.smart.server.api.Records;
import coop.smart.server.api.RunDays;
import coop.smart.server.api.Stores;
import coop.smart.server.security.Access;
import coop.smart.server.security.Caller;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;

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
      List<Issued> issued = new Collections(stores.operated()).remind(Records.actor(ctx, caller), day).stream()
          .map(sent -> new Issued(sent.invoice().id().toString(), sent.invoice().number().toString(), InvoiceView.Reminded.of(sent.reminder())))
          .toList();
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
      List<InvoiceView> writtenOff = new Collections(stores.operated()).declareDefault(Records.actor(ctx, caller), id, on).stream()
          .map(invoice -> InvoiceView.of(stores.entity(), invoice, false)).toList();
      return Reply.ok(new DefaultView(id.toString(), on, writtenOff));
    });
  }
}
