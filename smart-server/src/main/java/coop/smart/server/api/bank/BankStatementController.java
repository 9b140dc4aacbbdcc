package coop.smart.server.api.bank;

import coop.smart.core.bank.EntryId;
import coop.smart.core.bank.StatementEntry;
import coop.smart.core.bank.StatementId;
import coop.smart.core.invoice.InvoiceId;
import coop.smart.core.operation.BankStatements;
import coop.smart.core.operation.Role;
import coop.smart.documents.bank.Camt053;
import coop.smart.server.api.Idempotency;
import coop.smart.server.api.Idempotency.Reply;
import coop.smart.server.api.PathIds;
import coop.smart.server.api.Records;
import coop.smart.server.http.JsonBody;
import coop.smart.server.http.Paging;
import coop.smart.server.http.XmlBody;
import coop.smart.server.security.Access;
import coop.smart.server.security.Caller;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import java.util.UUID;

/**
 * {@code /api/v1/bank-statements}: the entity's bank statements (camt.053), imported so their
 * credits pay the invoices they name, and the queue of entries an advisor assigns to an invoice
 * or dismisses. The entity's advisors only (ADMIN, ADVISOR). Importing a statement again answers
 * the first import, 200 rather than 201, and changes nothing: the statement's own id is its
 * idempotency key.
 */
public final class BankStatementController {

  private static final String PATH = "/api/v1/bank-statements";

  private final Records records;
  private final Access access;
  private final Idempotency idempotency;
  private final JsonBody body;

  public BankStatementController(Records records, Access access, Idempotency idempotency, JsonBody body) {
    this.records = records;
    this.access = access;
    this.idempotency = idempotency;
    this.body = body;
  }

  public void routes(RoutesConfig routes) {
    routes.post(PATH, access.allow(this::importStatement, Role.ADMIN, Role.ADVISOR));
    routes.get(PATH + "/unmatched", access.allow(this::waiting, Role.ADMIN, Role.ADVISOR));
    routes.get(PATH + "/{id}", access.allow(this::one, Role.ADMIN, Role.ADVISOR));
    routes.post(PATH + "/entries/{entryId}/assign", access.allow(this::assign, Role.ADMIN, Role.ADVISOR));
    routes.post(PATH + "/entries/{entryId}/dismiss", access.allow(this::dismiss, Role.ADMIN, Role.ADVISOR));
  }

  private void importStatement(Context ctx, Caller caller) {
    byte[] xml = XmlBody.read(ctx);
    BankStatements.Import imported = statements(caller).importStatement(Records.actor(ctx, caller), Camt053.read(xml));
    ctx.status(imported.created() ? HttpStatus.CREATED : HttpStatus.OK).header("Location", PATH + "/" + imported.statement().id());
    ctx.json(StatementView.of(imported.statement()));
  }

  private void one(Context ctx, Caller caller) {
    StatementId id = new StatementId(PathIds.of(ctx, "id", "bank statement"));
    ctx.json(StatementView.of(statements(caller).find(Records.actor(ctx, caller), id)));
  }

  private void waiting(Context ctx, Caller caller) {
    int limit = Paging.limit(ctx);
    UUID after = Paging.after(ctx);
    List<StatementEntry> fetched = statements(caller).waiting(Records.actor(ctx, caller), after == null ? null : new EntryId(after), limit + 1);
    ctx.json(Paging.page(fetched, limit, entry -> entry.id().value(), EntryView::of));
  }

  private void assign(Context ctx, Caller caller) {
    Assignment request = body.read(ctx, Assignment.class);
    EntryId id = entryId(ctx);
    idempotency.respond(ctx, caller, () -> Reply.ok(EntryView.of(
        statements(caller).assign(Records.actor(ctx, caller), id, new InvoiceId(request.invoice())))));
  }

  private void dismiss(Context ctx, Caller caller) {
    Dismissal request = body.read(ctx, Dismissal.class);
    EntryId id = entryId(ctx);
    idempotency.respond(ctx, caller, () -> Reply.ok(EntryView.of(statements(caller).dismiss(Records.actor(ctx, caller), id, request.reason()))));
  }

  private BankStatements statements(Caller caller) {
    return new BankStatements(records.of(caller).operated());
  }

  private static EntryId entryId(Context ctx) {
    return new EntryId(PathIds.of(ctx, "entryId", "bank statement entry"));
  }
}
