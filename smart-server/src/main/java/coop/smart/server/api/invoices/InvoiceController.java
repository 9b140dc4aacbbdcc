package coop.smart.server.api.invoices;

import static coop.smart.server.http.Negotiation.PDF;

import coop.smart.core.client.ClientId;
import coop.smart.core.contract.ContractId;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.error.NotFoundException;
import coop.smart.core.invoice.Invoice;
import coop.smart.core.invoice.InvoiceId;
import coop.smart.core.invoice.InvoiceStatus;
import coop.smart.core.operation.Actor;
import coop.smart.core.operation.Invoices;
import coop.smart.core.operation.Role;
import coop.smart.documents.Documents;
import coop.smart.documents.InvoiceDocument;
import coop.smart.documents.InvoicePdf;
import coop.smart.documents.IssuedInvoice;
import coop.smart.documents.PeppolInvoice;
import coop.smart.server.api.Idempotency.Reply;
import coop.smart.server.api.Idempotency;
import coop.smart.server.api.PathIds;
import coop.smart.server.api.Records;
import coop.smart.server.http.InvalidParameter;
import coop.smart.server.http.JsonBody;
import coop.smart.server.http.Negotiation;
import coop.smart.server.http.Paging;
import coop.smart.server.http.Query;
import coop.smart.server.http.Versions;
import coop.smart.server.security.Access;
import coop.smart.server.security.Caller;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.List;
import java.util.UUID;

/**
 * {@code /api/v1/invoices}: invoices issued for a contract or an activity, listed and read, and
 * the client's payments and credit notes on them. Each operation stores the invoice, posts its
 * journal entries and records the audit in one transaction.
 *
 * <p>A member's key sees the invoices made out for its member: those funding its contracts, and
 * those it issued as an activity's administrator. It may issue those too, but payments and
 * credit notes are recorded by the entity's staff. The same URL answers the invoice's PDF or
 * its Peppol UBL to an {@code Accept} asking for them, under the same access.
 */
public final class InvoiceController {

  private static final String JSON = "application/json";
  private static final String XML = "application/xml";

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
    routes.get("/api/v1/invoices/{id}/credit-notes/{number}", access.allow(Access.ANYONE, this::creditNote));
    routes.post("/api/v1/invoices/{id}/payments", access.allow(Access.STAFF, this::pay));
    routes.post("/api/v1/invoices/{id}/credit-notes", access.allow(this::credit, Role.ADMIN, Role.ADVISOR));
  }

  private void issue(Context ctx, Caller caller) {
    NewInvoice request = body.read(ctx, NewInvoice.class);
    Invoices invoices = invoices(caller);
    idempotency.respond(ctx, caller, () -> {
      Actor actor = Records.actor(ctx, caller);
      Invoice invoice = request.contract() != null
          ? invoices.issueForContract(actor, new ContractId(request.contract()), request.lines() == null ? null : NewLine.toLines(request.lines()),
              request.issueDate())
          : invoices.issueForActivity(actor, request.sale(), request.issueDate());
      return Reply.created(path(invoice), InvoiceView.of(entity(caller), invoice, false), invoice.version());
    });
  }

  private void list(Context ctx, Caller caller) {
    int limit = Paging.limit(ctx);
    UUID after = Paging.after(ctx);
    List<Invoice> fetched = invoices(caller).page(Records.actor(ctx, caller), clientParameter(ctx),
        Query.constant(ctx, "status", InvoiceStatus.class, null), after == null ? null : new InvoiceId(after), limit + 1);
    NationalEntity entity = entity(caller);
    ctx.json(Paging.page(fetched, limit, invoice -> invoice.id().value(), invoice -> InvoiceView.of(entity, invoice, false)));
  }

  private static ClientId clientParameter(Context ctx) {
    String text = ctx.queryParam("client");
    if (text == null || text.isEmpty()) return null;
    try {
      return new ClientId(UUID.fromString(text));
    } catch (IllegalArgumentException e) {
      throw new InvalidParameter("client", "must be a client's id: '" + text + "'");
    }
  }

  /** The invoice as JSON, or as the document {@code Accept} asks for: its PDF or its Peppol UBL. */
  private void one(Context ctx, Caller caller) {
    String type = Negotiation.choose(ctx, List.of(JSON, PDF, XML));
    if (!type.equals(JSON)) {
      IssuedInvoice issued = new Documents(records.of(caller).operated()).invoice(Records.actor(ctx, caller), id(ctx));
      Versions.tag(ctx, issued.invoice().version());
      document(ctx, type, InvoiceDocument.invoice(issued));
      return;
    }
    Invoice invoice = invoices(caller).find(Records.actor(ctx, caller), id(ctx));
    Versions.tag(ctx, invoice.version());
    ctx.json(InvoiceView.of(entity(caller), invoice, Query.flag(ctx, "explain")));
  }

  /** One of the invoice's credit notes (1 for the first) as its PDF or its Peppol UBL. */
  private void creditNote(Context ctx, Caller caller) {
    String type = Negotiation.choose(ctx, List.of(PDF, XML));
    IssuedInvoice issued = new Documents(records.of(caller).operated()).invoice(Records.actor(ctx, caller), id(ctx));
    document(ctx, type, InvoiceDocument.creditNote(issued, position(ctx)));
  }

  /** The PDF, or the UBL: 406 for a client that cannot receive e-invoices (a consumer, a business with no Peppol address). */
  private static void document(Context ctx, String type, InvoiceDocument document) {
    if (type.equals(PDF)) {
      Negotiation.document(ctx, PDF, InvoicePdf.render(document), document.number() + ".pdf");
      return;
    }
    try {
      Negotiation.document(ctx, XML, PeppolInvoice.render(document), document.number() + ".xml");
    } catch (BusinessRuleException e) {
      if (!e.rule().equals(PeppolInvoice.NO_E_INVOICE)) throw e;
      throw new HttpResponseException(406, e.getMessage());
    }
  }

  private static int position(Context ctx) {
    String text = ctx.pathParam("number");
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new NotFoundException("no credit note '" + text + "': credit notes are numbered 1, 2… in the order issued");
    }
  }

  private void pay(Context ctx, Caller caller) {
    ClientPayment request = body.read(ctx, ClientPayment.class);
    InvoiceId id = id(ctx);
    respond(ctx, caller, invoices(caller).pay(Records.actor(ctx, caller), id, Versions.expected(ctx, "invoice " + id), request.amount(),
        request.paidOn()));
  }

  private void credit(Context ctx, Caller caller) {
    NewCreditNote request = body.read(ctx, NewCreditNote.class);
    InvoiceId id = id(ctx);
    respond(ctx, caller, invoices(caller).credit(Records.actor(ctx, caller), id, Versions.expected(ctx, "invoice " + id), request.amount(),
        request.creditedOn()));
  }

  private Invoices invoices(Caller caller) {
    return new Invoices(records.of(caller).operated());
  }

  private void respond(Context ctx, Caller caller, Invoice invoice) {
    Versions.tag(ctx, invoice.version());
    ctx.json(InvoiceView.of(entity(caller), invoice, false));
  }


  private NationalEntity entity(Caller caller) {
    return records.of(caller).entity();
  }

  private static InvoiceId id(Context ctx) {
    return new InvoiceId(PathIds.of(ctx, "id", "invoice"));
  }

  private static String path(Invoice invoice) {
    return "/api/v1/invoices/" + invoice.id();
  }
}
