package coop.smart.server.api.contracts;

import coop.smart.core.activity.Activity;
import coop.smart.core.contract.Contract;
import coop.smart.core.contract.ContractId;
import coop.smart.core.contract.ContractPay;
import coop.smart.core.contract.QuotaUsage;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.entity.Trace;
import coop.smart.core.error.NotFoundException;
import coop.smart.core.error.ValidationException;
import coop.smart.core.member.Member;
import coop.smart.core.member.MemberId;
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
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * {@code /api/v1/contracts}: members' employment contracts, drafted, listed, read with their pay
 * and payment date, declared and cancelled. A member's key drafts, sees, declares and cancels its
 * own member's contracts only. Declaring and cancelling bind or release the member and the
 * entity, so a person does them (the member, or the entity's admins and advisors), not an
 * integrator's software.
 */
public final class ContractController {

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
    routes.post("/api/v1/contracts/{id}/declaration", access.allow(this::declare, Role.ADMIN, Role.ADVISOR, Role.MEMBER));
    routes.post("/api/v1/contracts/{id}/cancellation", access.allow(this::cancel, Role.ADMIN, Role.ADVISOR, Role.MEMBER));
  }

  private void draft(Context ctx, Caller caller) {
    NewContract request = body.read(ctx, NewContract.class);
    Stores stores = records.of(caller);
    idempotency.respond(ctx, caller, () -> {
      Contract draft = Contract.draft(stores.entity(), request.terms());
      requireParties(caller, stores, draft);
      Contract saved = stores.contracts().save(draft);
      stores.audit(caller, ctx, "contract.draft", "contract", saved.id());
      return Reply.created(path(saved), view(stores, saved), saved.version());
    });
  }

  private void list(Context ctx, Caller caller) {
    int limit = Paging.limit(ctx);
    UUID after = Paging.after(ctx);
    ContractId afterId = after == null ? null : new ContractId(after);
    MemberId member = memberFilter(ctx, caller);
    Stores stores = records.of(caller);
    // A member's key asking for another member's contracts finds none, as if that member had none.
    List<Contract> fetched = member == null ? stores.contracts().list(afterId, limit + 1)
        : caller.sees(member) ? stores.contracts().ofMember(member, afterId, limit + 1) : List.of();
    ctx.json(Paging.page(fetched, limit, contract -> contract.id().value(), contract -> ContractView.summary(contract, stores.entity())));
  }

  private void one(Context ctx, Caller caller) {
    Stores stores = records.of(caller);
    Contract contract = find(ctx, caller, stores);
    Versions.tag(ctx, contract.version());
    ctx.json(view(stores, contract, Query.flag(ctx, "explain")));
  }

  private void declare(Context ctx, Caller caller) {
    Stores stores = records.of(caller);
    change(ctx, caller, stores, "contract.declare", current -> {
      // The member's row is held until the end of the transaction: two declarations for one
      // member run one after the other, so both never count the same contracts declared so far.
      Member member = stores.members().findForChange(current.member())
          .orElseThrow(() -> new IllegalStateException("contract " + current.id() + " names member " + current.member() + ", not stored"));
      long declaredSoFar = stores.contracts().ofMember(member.id()).stream()
          .filter(other -> other.status().isBinding() && !other.id().equals(current.id())).count();
      return current.declare(stores.entity(), member, Math.toIntExact(declaredSoFar), LocalDate.now(stores.clock()));
    });
  }

  private void cancel(Context ctx, Caller caller) {
    change(ctx, caller, records.of(caller), "contract.cancel", Contract::cancel);
  }

  /** Takes one step of a contract's life from the version {@code If-Match} names, in one transaction with its audit record. */
  private void change(Context ctx, Caller caller, Stores stores, String action, UnaryOperator<Contract> step) {
    Contract contract = records.transactions().inTransaction(() -> {
      Contract current = find(ctx, caller, stores);
      Versions.requireCurrent(ctx, current.version(), "contract " + current.id());
      Contract next = step.apply(current);
      Contract saved = Versions.saving("contract " + current.id(), () -> stores.contracts().save(next));
      stores.audit(caller, ctx, action, "contract", saved.id());
      return saved;
    });
    Versions.tag(ctx, contract.version());
    ctx.json(view(stores, contract));
  }

  /**
   * Refuses a draft whose member, client or activity is not stored in the entity, or whose
   * member is not the caller's own when a member's key drafts it: one read of each.
   */
  private static void requireParties(Caller caller, Stores stores, Contract draft) {
    String entity = caller.entity().value();
    if (!caller.sees(draft.member())) throw ValidationException.of("member", "a member's key drafts contracts for its own member only");
    if (stores.members().find(draft.member()).isEmpty()) {
      throw ValidationException.of("member", "no member " + draft.member() + " is stored in " + entity);
    }
    if (stores.clients().find(draft.client()).isEmpty()) {
      throw ValidationException.of("client", "no client " + draft.client() + " is stored in " + entity);
    }
    if (draft.activity() != null) {
      Activity activity = stores.activities().find(draft.activity())
          .orElseThrow(() -> ValidationException.of("activity", "no activity " + draft.activity() + " is stored in " + entity));
      activity.requireAdministrator(draft.member());
    }
  }

  private static ContractView view(Stores stores, Contract contract) {
    return view(stores, contract, false);
  }

  /**
   * The contract with its pay, explained when asked; a type with a yearly hour quota counts the
   * member's contracts before it.
   */
  private static ContractView view(Stores stores, Contract contract, boolean explain) {
    NationalEntity entity = stores.entity();
    boolean hasQuota = entity.payrollParameters(contract.type(), contract.end()).quota() != null;
    QuotaUsage usage = hasQuota ? QuotaUsage.before(stores.contracts().ofMember(contract.member()), contract) : QuotaUsage.NONE;
    Trace.Recorded trace = Trace.recorded();
    ContractPay pay = contract.pay(entity, usage, explain ? trace : Trace.NONE);
    return ContractView.of(contract, pay, entity.coverage(contract.end(), "fee", "payroll", "payment", "contract"), trace.explanation());
  }

  private static MemberId memberFilter(Context ctx, Caller caller) {
    String text = ctx.queryParam("member");
    if (text == null || text.isEmpty()) return caller.member();
    try {
      return MemberId.parse(text);
    } catch (IllegalArgumentException e) {
      throw ValidationException.of("member", "must be a member's id: '" + text + "'");
    }
  }

  private static Contract find(Context ctx, Caller caller, Stores stores) {
    ContractId id = new ContractId(PathIds.of(ctx, "id", "contract"));
    Contract contract = stores.contracts().find(id)
        .orElseThrow(() -> new NotFoundException("no contract " + id + " is stored in " + caller.entity()));
    caller.requireSees(contract.member(), "contract " + id);
    return contract;
  }

  private static String path(Contract contract) {
    return "/api/v1/contracts/" + contract.id();
  }
}
