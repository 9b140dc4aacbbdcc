package coop.smart.server.api.contracts;

import static coop.smart.server.http.Negotiation.PDF;

import coop.smart.core.contract.Contract;
import coop.smart.core.contract.ContractId;
import coop.smart.core.contract.ContractPay;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.entity.Trace;
import coop.smart.core.member.MemberId;
import coop.smart.core.operation.Contracts;
import coop.smart.core.operation.Role;
import coop.smart.documents.ContractDocument;
import coop.smart.documents.Documents;
import coop.smart.documents.Employment;
import coop.smart.documents.PaySlip;
import coop.smart.server.api.Idempotency.Reply;
import coop.smart.server.api.Idempotency;
import coop.smart.server.api.PathIds;
import coop.smart.server.api.Records;
import coop.smart.server.api.Stores;
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
import java.util.List;
import java.util.UUID;

/**
 * {@code /api/v1/contracts}: members' employment contracts, drafted, listed, read with their pay
 * and payment date, declared and cancelled. A member's key drafts, sees, declares and cancels its
 * own member's contracts only. Declaring and cancelling bind or release the member and the
 * entity, so a person does them (the member, or the entity's admins and advisors), not an
 * integrator's software. The same URL answers the employment contract's PDF to an {@code Accept}
 * asking for it, and {@code /pay-slip} the contract's pay slip, under the same access.
 */
public final class ContractController {

  private static final String JSON = "application/json";

  private final Records records;
  private final Access access;
  private final Idempotency idempotency;
  private final JsonBody body;

  public ContractController(Records records, Access access, Idempotency idempotency, JsonBody body) {
    this.records = records;
    this.access = access;
    this.idempotency = idempotency;
    this.body = body;
  }

  public void routes(RoutesConfig routes) {
    routes.post("/api/v1/contracts", access.allow(Access.ANYONE, this::draft));
    routes.get("/api/v1/contracts", access.allow(Access.ANYONE, this::list));
    routes.get("/api/v1/contracts/{id}", access.allow(Access.ANYONE, this::one));
    routes.get("/api/v1/contracts/{id}/pay-slip", access.allow(Access.ANYONE, this::paySlip));
    routes.post("/api/v1/contracts/{id}/declaration", access.allow(this::declare, Role.ADMIN, Role.ADVISOR, Role.MEMBER));
    routes.post("/api/v1/contracts/{id}/cancellation", access.allow(this::cancel, Role.ADMIN, Role.ADVISOR, Role.MEMBER));
  }

  private void draft(Context ctx, Caller caller) {
    NewContract request = body.read(ctx, NewContract.class);
    Contracts contracts = new Contracts(records.of(caller).operated());
    idempotency.respond(ctx, caller, () -> {
      Contract saved = contracts.draft(Records.actor(ctx, caller), request.terms());
      return Reply.created(path(saved), view(entity(caller), contracts, saved, false), saved.version());
    });
  }

  private void list(Context ctx, Caller caller) {
    int limit = Paging.limit(ctx);
    UUID after = Paging.after(ctx);
    Stores stores = records.of(caller);
    List<Contract> fetched = new Contracts(stores.operated())
        .page(Records.actor(ctx, caller), memberFilter(ctx), after == null ? null : new ContractId(after), limit + 1);
    ctx.json(Paging.page(fetched, limit, contract -> contract.id().value(), contract -> ContractView.summary(contract, stores.entity())));
  }

  /** The contract as JSON, or as the employment contract's PDF to an {@code Accept} asking for it. */
  private void one(Context ctx, Caller caller) {
    if (Negotiation.choose(ctx, List.of(JSON, PDF)).equals(PDF)) {
      Employment employment = new Documents(records.of(caller).operated()).employment(Records.actor(ctx, caller), id(ctx));
      Versions.tag(ctx, employment.contract().version());
      Negotiation.document(ctx, PDF, new ContractDocument(employment).pdf(), "contract-" + employment.contract().id() + ".pdf");
      return;
    }
    Contracts contracts = new Contracts(records.of(caller).operated());
    Contract contract = contracts.find(Records.actor(ctx, caller), id(ctx));
    Versions.tag(ctx, contract.version());
    ctx.json(view(entity(caller), contracts, contract, Query.flag(ctx, "explain")));
  }

  /** The contract's pay slip, a PDF. */
  private void paySlip(Context ctx, Caller caller) {
    Negotiation.choose(ctx, List.of(PDF));
    PaySlip slip = new Documents(records.of(caller).operated()).paySlip(Records.actor(ctx, caller), id(ctx));
    Negotiation.document(ctx, PDF, slip.pdf(), "pay-slip-" + slip.employment().contract().id() + ".pdf");
  }

  private void declare(Context ctx, Caller caller) {
    Contracts contracts = new Contracts(records.of(caller).operated());
    ContractId id = id(ctx);
    respond(ctx, caller, contracts, contracts.declare(Records.actor(ctx, caller), id, Versions.expected(ctx, "contract " + id)));
  }

  private void cancel(Context ctx, Caller caller) {
    Contracts contracts = new Contracts(records.of(caller).operated());
    ContractId id = id(ctx);
    respond(ctx, caller, contracts, contracts.cancel(Records.actor(ctx, caller), id, Versions.expected(ctx, "contract " + id)));
  }

  private void respond(Context ctx, Caller caller, Contracts contracts, Contract contract) {
    Versions.tag(ctx, contract.version());
    ctx.json(view(entity(caller), contracts, contract, false));
  }

  /** The contract with its pay and its rules' coverage, each figure explained when asked. */
  private static ContractView view(NationalEntity entity, Contracts contracts, Contract contract, boolean explain) {
    Trace.Recorded trace = Trace.recorded();
    ContractPay pay = contracts.pay(contract, explain ? trace : Trace.NONE);
    return ContractView.of(contract, pay, entity.coverage(contract.end(), "fee", "payroll", "payment", "contract"), trace.explanation());
  }

  private NationalEntity entity(Caller caller) {
    return records.of(caller).entity();
  }

  private static MemberId memberFilter(Context ctx) {
    String text = ctx.queryParam("member");
    if (text == null || text.isEmpty()) return null;
    try {
      return MemberId.parse(text);
    } catch (IllegalArgumentException e) {
      throw new InvalidParameter("member", "must be a member's id: '" + text + "'");
    }
  }

  private static ContractId id(Context ctx) {
    return new ContractId(PathIds.of(ctx, "id", "contract"));
  }

  private static String path(Contract contract) {
    return "/api/v1/contracts/" + contract.id();
  }
}
