package coop.smart.server.api.invoices;

import coop.smart.core.activity.Activity;
import coop.smart.core.activity.ActivityId;
import coop.smart.core.client.Client;
import coop.smart.core.client.ClientId;
import coop.smart.core.contract.Contract;
import coop.smart.core.contract.ContractId;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.error.NotFoundException;
import coop.smart.core.error.ValidationException;
import coop.smart.core.flow.MoneyFlow;
import coop.smart.core.flow.MoneyFlow.ContractInvoice;
import coop.smart.core.invoice.Invoice;
import coop.smart.core.invoice.InvoiceFilter;
import coop.smart.core.invoice.InvoiceId;
import coop.smart.core.invoice.InvoiceLine;
import coop.smart.core.invoice.InvoiceStatus;
import coop.smart.core.member.Member;
import coop.smart.core.member.MemberId;
import coop.smart.core.money.Amounts;
import coop.smart.server.api.Idempotency;
import coop.smart.server.api.Idempotency.Reply;
import coop.smart.server.api.PathIds;
import coop.smart.server.api.Records;
import coop.smart.server.api.Stores;
import coop.smart.server.http.JsonBody;
import coop.smart.server.http.Paging;
import coop.smart.server.http.Query;
import coop.smart.server.http.Versions;
import coop.smart.server.security.Access;
import coop.smart.server.security.Caller;
import coop.smart.server.security.Role;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.joda.money.Money;

/**
 * {@code /api/v1/invoices}: invoices issued for a contract or an activity, listed and read, and
 * the client's payments and credit notes on them. Each operation stores the invoice, posts its
 * journal entries and records the audit in one transaction.
 *
 * <p>A member's key sees the invoices made out for its member: those funding its contracts, and
 * those it issued as an activity's administrator. It may issue those too, but payments and
 * credit notes are recorded by the entity's staff.
 */
public final class InvoiceController {

  private final Records records;
  private final Access access;
  private final Idempotency idempotency;
  private final JsonBody body;

  public InvoiceController(Records records, Access access, Idempotency idempotency, JsonBody body) {
    this.records = records;
    this.access = access;
    this.idempotency = idempotency;
    this.body = body;
  }

  public void routes(RoutesConfig routes) {
    routes.post("/api/v1/invoices", access.allow(Access.ANYONE, this::issue));
    routes.get("/api/v1/invoices", access.allow(Access.ANYONE, this::list));
    routes.get("/api/v1/invoices/{id}", access.allow(Access.ANYONE, this::one));
    routes.post("/api/v1/invoices/{id}/payments", access.allow(Access.STAFF, this::pay));
    routes.post("/api/v1/invoices/{id}/credit-notes", access.allow(this::credit, Role.ADMIN, Role.ADVISOR));
  }

  private void issue(Context ctx, Caller caller) {
    NewInvoice request = body.read(ctx, NewInvoice.class);
    Stores stores = records.of(caller);
    idempotency.respond(ctx, caller, () -> {
      LocalDate on = request.issueDate() != null ? request.issueDate() : LocalDate.now(stores.clock());
      Invoice invoice = request.contract() != null ? invoiceContract(caller, stores, request, on) : invoiceActivity(caller, stores, request, on);
      stores.audit(caller, ctx, "invoice.issue", "invoice", invoice.id());
      return Reply.created(path(invoice), view(stores, invoice, false), invoice.version());
    });
  }

  /** The contract moves to invoiced with its invoice; without lines, one line bills the contract's amount. */
  private static Invoice invoiceContract(Caller caller, Stores stores, NewInvoice request, LocalDate on) {
    ContractId id = new ContractId(request.contract());
    Contract contract = stores.contracts().find(id).filter(found -> caller.sees(found.member()))
        .orElseThrow(() -> notStored(caller, "contract " + id));
    Client client = stores.clients().find(contract.client()).orElseThrow();
    List<InvoiceLine> lines = request.lines() == null
        ? List.of(new InvoiceLine("Services under contract " + contract.id() + ", " + contract.start() + " to " + contract.end(),
            BigDecimal.ONE, contract.invoicedAmount()))
        : NewLine.toLines(request.lines());
    ContractInvoice invoiced = stores.flow().invoice(contract, client, lines, on);
    stores.contracts().save(invoiced.contract());
    return stores.invoices().save(invoiced.invoice());
  }

  /** A member's key invoices as its own member, and only through an activity it administers. */
  private static Invoice invoiceActivity(Caller caller, Stores stores, NewInvoice request, LocalDate on) {
    ActivityId activityId = new ActivityId(request.activity());
    Activity activity = stores.activities().find(activityId)
        .filter(found -> caller.member() == null || found.administrators().contains(caller.member()))
        .orElseThrow(() -> notStored(caller, "activity " + activityId));
    MemberId administratorId = request.administrator() != null ? new MemberId(request.administrator()) : caller.member();
    if (administratorId == null) throw ValidationException.of("administrator", "is required: the administrator invoicing for the activity");
    caller.requireSees(administratorId, "member " + administratorId);
    Member administrator = stores.members().find(administratorId).orElseThrow(() -> notStored(caller, "member " + administratorId));
    ClientId clientId = new ClientId(request.client());
    Client client = stores.clients().find(clientId).orElseThrow(() -> notStored(caller, "client " + clientId));
    HolderKind holder = request.holder() != null ? request.holder() : HolderKind.INDIVIDUAL;
    Invoice invoice = stores.flow().invoice(activity, administrator, client, request.structure(), holder, NewLine.toLines(request.lines()), on);
    return stores.invoices().save(invoice);
  }

  private void list(Context ctx, Caller caller) {
    int limit = Paging.limit(ctx);
    UUID after = Paging.after(ctx);
    InvoiceFilter filter = new InvoiceFilter(clientParameter(ctx), Query.constant(ctx, "status", InvoiceStatus.class, null), caller.member());
    List<Invoice> fetched = records.of(caller).invoices().list(filter, after == null ? null : new InvoiceId(after), limit + 1);
    ctx.json(Paging.page(fetched, limit, invoice -> invoice.id().value(), InvoiceView::of));
  }

  private static ClientId clientParameter(Context ctx) {
    String text = ctx.queryParam("client");
    if (text == null || text.isEmpty()) return null;
    try {
      return new ClientId(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      throw ValidationException.of("client", "must be a client's id: '" + text + "'");
    }
  }

  private void one(Context ctx, Caller caller) {
    Stores stores = records.of(caller);
    Invoice invoice = find(ctx, caller, stores);
    Versions.tag(ctx, invoice.version());
    ctx.json(view(stores, invoice, Query.flag(ctx, "explain")));
  }

  /** One invoice with how recent the rules behind it are and, when asked, each figure explained. */
  private static InvoiceView view(Stores stores, Invoice invoice, boolean explain) {
    NationalEntity entity = stores.entity();
    return InvoiceView.of(invoice, entity.coverage(invoice.issueDate(), "vat", "fee", "collection"),
        explain ? invoice.explanation(entity) : List.of());
  }

  /** On a contract's invoice the payment repays the guarantee fund first; on an activity's it frees the paid share of the budget. */
  private void pay(Context ctx, Caller caller) {
    ClientPayment request = body.read(ctx, ClientPayment.class);
    Stores stores = records.of(caller);
    Invoice invoice = records.transactions().inTransaction(() -> {
      Invoice current = find(ctx, caller, stores);
      Versions.requireCurrent(ctx, current.version(), record(current));
      LocalDate on = request.paidOn() != null ? request.paidOn() : LocalDate.now(stores.clock());
      Invoice paid = stores.flow().receivePayment(current, activityOf(current, stores), request.amount(), on);
      Invoice saved = Versions.saving(record(current), () -> stores.invoices().save(paid));
      stores.audit(caller, ctx, "invoice.payment", "invoice", saved.id());
      return saved;
    });
    Versions.tag(ctx, invoice.version());
    ctx.json(view(stores, invoice, false));
  }

  /**
   * An activity's invoice is credited in part or in full; a contract's only in full, which
   * cancels the contract, and only while nothing of it is paid.
   */
  private void credit(Context ctx, Caller caller) {
    NewCreditNote request = body.read(ctx, NewCreditNote.class);
    Stores stores = records.of(caller);
    Invoice invoice = records.transactions().inTransaction(() -> {
      Invoice current = find(ctx, caller, stores);
      Versions.requireCurrent(ctx, current.version(), record(current));
      LocalDate on = request.creditedOn() != null ? request.creditedOn() : LocalDate.now(stores.clock());
      Money amount = request.amount() != null ? request.amount() : current.outstanding();
      MoneyFlow flow = stores.flow();
      Invoice credited;
      if (current.contract() != null) {
        requireInFull(current, amount);
        Contract contract = stores.contracts().find(current.contract()).orElseThrow();
        ContractInvoice cancelled = flow.creditInFull(new ContractInvoice(contract, current), on);
        Versions.saving("contract " + contract.id(), () -> stores.contracts().save(cancelled.contract()));
        stores.audit(caller, ctx, "contract.cancel", "contract", contract.id());
        credited = cancelled.invoice();
      } else {
        credited = flow.credit(current, activityOf(current, stores), amount, on);
      }
      Invoice saved = Versions.saving(record(current), () -> stores.invoices().save(credited));
      stores.audit(caller, ctx, "invoice.credit-note", "invoice", saved.id());
      return saved;
    });
    Versions.tag(ctx, invoice.version());
    ctx.json(view(stores, invoice, false));
  }

  private static void requireInFull(Invoice invoice, Money amount) {
    Amounts.requireCurrency(amount, "amount", invoice.currency(), "invoice " + invoice.number());
    if (!amount.equals(invoice.outstanding())) {
      throw new BusinessRuleException(MoneyFlow.CONTRACT_INVOICE_CREDIT, "amount: invoice " + invoice.number()
          + " funds a contract, so it is credited in full (" + invoice.outstanding() + ") or not at all, not " + amount);
    }
  }

  /** The activity an invoice funds, or null for a contract's invoice. */
  private static Activity activityOf(Invoice invoice, Stores stores) {
    return invoice.activity() == null ? null : stores.activities().find(invoice.activity()).orElseThrow();
  }

  /** The invoice of the path, refused as missing to a member's key when made out for another member. */
  private static Invoice find(Context ctx, Caller caller, Stores stores) {
    InvoiceId id = new InvoiceId(PathIds.of(ctx, "id", "invoice"));
    return stores.invoices().find(id).filter(invoice -> caller.sees(invoice.member()))
        .orElseThrow(() -> notStored(caller, "invoice " + id));
  }

  static NotFoundException notStored(Caller caller, String record) {
    return new NotFoundException("no " + record + " is stored in " + caller.entity());
  }

  private static String record(Invoice invoice) {
    return "invoice " + invoice.number();
  }

  private static String path(Invoice invoice) {
    return "/api/v1/invoices/" + invoice.id();
  }
}
