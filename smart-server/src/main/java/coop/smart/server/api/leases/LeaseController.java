package coop.smart.server.api.leases;

import coop.smart.core.activity.ActivityId;
import coop.smart.core.leasing.Lease;
import coop.smart.core.leasing.LeaseId;
import coop.smart.core.operation.Leases;
import coop.smart.core.operation.Role;
import coop.smart.server.api.Idempotency;
import coop.smart.server.api.Idempotency.Reply;
import coop.smart.server.api.PathIds;
import coop.smart.server.api.Records;
import coop.smart.server.api.RunDays;
import coop.smart.server.api.Stores;
import coop.smart.server.http.JsonBody;
import coop.smart.server.http.Paging;
import coop.smart.server.http.Versions;
import coop.smart.server.security.Access;
import coop.smart.server.security.Caller;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * {@code /api/v1/leases}: equipment leased to activities, their schedules, amendments and
 * payoffs, and the billing runs that debit instalments from the activities' budgets on their
 * due dates. Whatever a lease owes by today is booked when it is signed, amended or paid off;
 * what falls due later is booked by the run of that day. A member's key reads the leases of the
 * activities its member administers.
 */
public final class LeaseController {

  private final Records records;
  private final Access access;
  private final Idempotency idempotency;
  private final JsonBody body;

  public LeaseController(Records records, Access access, Idempotency idempotency, JsonBody body) {
    this.records = records;
    this.access = access;
    this.idempotency = idempotency;
    this.body = body;
  }

  public void routes(RoutesConfig routes) {
    routes.post("/api/v1/leases", access.allow(Access.STAFF, this::sign));
    routes.get("/api/v1/leases", access.allow(Access.ANYONE, this::list));
    routes.post("/api/v1/leases/billing-runs", access.allow(this::bill, Role.ADMIN, Role.INTEGRATOR));
    routes.get("/api/v1/leases/{id}", access.allow(Access.ANYONE, this::one));
    routes.post("/api/v1/leases/{id}/amendments", access.allow(Access.STAFF, this::amend));
    routes.post("/api/v1/leases/{id}/payoff", access.allow(Access.STAFF, this::payOff));
  }

  private void sign(Context ctx, Caller caller) {
    NewLease request = body.read(ctx, NewLease.class);
    Stores stores = records.of(caller);
    idempotency.respond(ctx, caller, () -> {
      Lease lease = new Leases(stores.operated()).sign(Records.actor(ctx, caller), new ActivityId(request.activity()),
          request.equipment().stream().map(NewLease.Item::toEquipment).toList(), request.startDate(),
          request.annualRate() == null ? null : request.annualRate().value(), request.months());
      return Reply.created(path(lease.id()), LeaseView.of(lease, today(stores)), lease.version());
    });
  }

  private void list(Context ctx, Caller caller) {
    int limit = Paging.limit(ctx);
    UUID after = Paging.after(ctx);
    Stores stores = records.of(caller);
    List<Lease> fetched = new Leases(stores.operated()).page(Records.actor(ctx, caller), after == null ? null : new LeaseId(after), limit + 1);
    LocalDate today = today(stores);
    ctx.json(Paging.page(fetched, limit, lease -> lease.id().value(), lease -> LeaseView.of(lease, today)));
  }

  private void one(Context ctx, Caller caller) {
    Stores stores = records.of(caller);
    respond(ctx, stores, new Leases(stores.operated()).find(Records.actor(ctx, caller), id(ctx)));
  }

  private void amend(Context ctx, Caller caller) {
    AmendmentRequest request = body.read(ctx, AmendmentRequest.class);
    Stores stores = records.of(caller);
    LeaseId id = id(ctx);
    respond(ctx, stores, new Leases(stores.operated())
        .amend(Records.actor(ctx, caller), id, Versions.expected(ctx, "lease " + id), request.toAmendment(), request.signedOn()));
  }

  private void payOff(Context ctx, Caller caller) {
    PayoffRequest request = body.read(ctx, PayoffRequest.class);
    Stores stores = records.of(caller);
    LeaseId id = id(ctx);
    respond(ctx, stores, new Leases(stores.operated()).payOff(Records.actor(ctx, caller), id, Versions.expected(ctx, "lease " + id),
        request.date()));
  }

  private void bill(Context ctx, Caller caller) {
    Stores stores = records.of(caller);
    LocalDate on = RunDays.of(ctx, stores.clock());
    idempotency.respond(ctx, caller, () -> {
      Leases.BillingRun run = new Leases(stores.operated()).bill(Records.actor(ctx, caller), on);
      return Reply.ok(new BillingRunView(on,
          run.booked().stream().map(booked -> BillingRunView.Booked.of(booked.lease().toString(), booked.entry())).toList(),
          run.refused().stream().map(refused -> new BillingRunView.Refused(refused.lease().id().toString(),
              refused.lease().activity().toString(), refused.reason().rule(), refused.reason().getMessage())).toList()));
    });
  }

  private static void respond(Context ctx, Stores stores, Lease lease) {
    Versions.tag(ctx, lease.version());
    ctx.json(LeaseView.of(lease, today(stores)));
  }

  private static LeaseId id(Context ctx) {
    return new LeaseId(PathIds.of(ctx, "id", "lease"));
  }

  private static LocalDate today(Stores stores) {
    return LocalDate.now(stores.clock());
  }

  static String path(LeaseId id) {
    return "/api/v1/leases/" + id;
  }
}
