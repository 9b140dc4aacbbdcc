package coop.smart.server.api.leases;

import coop.smart.core.activity.Activity;
import coop.smart.core.activity.ActivityId;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.error.NotFoundException;
import coop.smart.core.error.ValidationException;
import coop.smart.core.leasing.Equipment;
import coop.smart.core.leasing.Lease;
import coop.smart.core.leasing.LeaseBilling;
import coop.smart.core.leasing.LeaseId;
import coop.smart.core.ledger.Account;
import coop.smart.core.ledger.AccountType;
import coop.smart.core.ledger.JournalEntry;
import coop.smart.core.operation.Role;
import coop.smart.server.api.AllRecords;
import coop.smart.server.api.Idempotency;
import coop.smart.server.api.Idempotency.Reply;
import coop.smart.server.api.PathIds;
import coop.smart.server.api.Records;
import coop.smart.server.api.Stores;
import coop.smart.server.api.activities.ActivityRecords;
import coop.smart.server.http.JsonBody;
import coop.smart.server.http.Paging;
import coop.smart.server.http.Query;
import coop.smart.server.http.Versions;
import coop.smart.server.security.Access;
import coop.smart.server.security.Caller;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

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
    LocalDate today = today(stores);
    idempotency.respond(ctx, caller, () -> {
      Activity activity = stores.activities().find(new ActivityId(request.activity()))
          .orElseThrow(() -> ValidationException.of("activity", "no activity " + request.activity() + " is stored in " + caller.entity()));
      List<Equipment> equipment = request.equipment().stream().map(NewLease.Item::toEquipment).toList();
      Lease lease = stores.leases().save(Lease.sign(LeaseId.random(), stores.entity(), activity.id(), equipment, request.startDate(),
          request.annualRate() == null ? null : request.annualRate().value(), request.months()));
      book(stores, lease, earlier(request.startDate(), today));
      stores.audit(caller, ctx, "lease.sign", "lease", lease.id());
      return Reply.created(path(lease.id()), LeaseView.of(lease, today), lease.version());
    });
  }

  private void list(Context ctx, Caller caller) {
    int limit = Paging.limit(ctx);
    UUID after = Paging.after(ctx);
    Stores stores = records.of(caller);
    // A member's activities have a few leases: they are read whole and paged here, sorted and compared the same way.
    List<Lease> fetched = caller.member() == null
        ? stores.leases().list(after == null ? null : new LeaseId(after), limit + 1)
        : stores.activities().administeredBy(caller.member()).stream()
            .flatMap(activity -> stores.leases().ofActivity(activity.id()).stream())
            .sorted(Comparator.comparing(lease -> lease.id().value()))
            .filter(lease -> after == null || lease.id().value().compareTo(after) > 0).limit(limit + 1L).toList();
    LocalDate today = today(stores);
    ctx.json(Paging.page(fetched, limit, lease -> lease.id().value(), lease -> LeaseView.of(lease, today)));
  }

  private void one(Context ctx, Caller caller) {
    Stores stores = records.of(caller);
    Lease lease = find(ctx, caller, stores);
    Versions.tag(ctx, lease.version());
    ctx.json(LeaseView.of(lease, today(stores)));
  }

  private void amend(Context ctx, Caller caller) {
    AmendmentRequest request = body.read(ctx, AmendmentRequest.class);
    change(ctx, caller, "lease.amend", request.signedOn(), lease -> lease.amend(request.toAmendment()));
  }

  private void payOff(Context ctx, Caller caller) {
    PayoffRequest request = body.read(ctx, PayoffRequest.class);
    change(ctx, caller, "lease.pay-off", request.date(), lease -> lease.payOff(request.date()));
  }

  /** A change made on {@code day} from the version the caller read, then booked up to that day. */
  private void change(Context ctx, Caller caller, String action, LocalDate day, UnaryOperator<Lease> change) {
    Stores stores = records.of(caller);
    LocalDate today = today(stores);
    Lease changed = records.transactions().inTransaction(() -> {
      Lease current = find(ctx, caller, stores);
      Versions.requireCurrent(ctx, current.version(), "lease " + current.id());
      Lease saved = Versions.saving("lease " + current.id(), () -> stores.leases().save(change.apply(current)));
      book(stores, saved, earlier(day, today));
      stores.audit(caller, ctx, action, "lease", saved.id());
      return saved;
    });
    Versions.tag(ctx, changed.version());
    ctx.json(LeaseView.of(changed, today));
  }

  /** Books what every lease owes by {@code on}, once however often it runs: a lease the budget cannot pay is reported, the others go on. */
  private void bill(Context ctx, Caller caller) {
    Stores stores = records.of(caller);
    LocalDate on = Query.date(ctx, "on", today(stores));
    if (on.isAfter(today(stores))) throw ValidationException.of("on", "must not be after today, " + today(stores) + ": " + on);
    idempotency.respond(ctx, caller, () -> {
      List<BillingRunView.Booked> booked = new ArrayList<>();
      List<BillingRunView.Refused> refused = new ArrayList<>();
      for (Lease lease : AllRecords.of(stores.leases())) {
        Account owed = Account.of(AccountType.LEASE_RECEIVABLES, lease.id());
        Set<UUID> bookedBefore = stores.ledger().entries(owed).stream().map(JournalEntry::id).collect(Collectors.toSet());
        List<JournalEntry> entries;
        try {
          entries = book(stores, lease, on);
        } catch (BusinessRuleException e) {
          refused.add(new BillingRunView.Refused(lease.id().toString(), lease.activity().toString(), e.rule(), e.getMessage()));
          // What the lease owed before the refused instalment stays booked.
          entries = stores.ledger().entries(owed).stream().filter(entry -> !bookedBefore.contains(entry.id())).toList();
        }
        entries.forEach(entry -> booked.add(BillingRunView.Booked.of(lease.id().toString(), entry)));
        if (!entries.isEmpty()) stores.audit(caller, ctx, "lease.bill", "lease", lease.id());
      }
      return Reply.ok(new BillingRunView(on, booked, refused));
    });
  }

  /**
   * Books what the lease owes by {@code upTo} that is not booked yet. A refused instalment stops
   * the lease's billing with what came before it booked, so the budget may have moved then too.
   */
  private static List<JournalEntry> book(Stores stores, Lease lease, LocalDate upTo) {
    Activity activity = stores.activities().find(lease.activity()).orElseThrow();
    LeaseBilling billing = new LeaseBilling(stores.entity(), stores.ledger(), stores.flow().budgets());
    List<JournalEntry> entries;
    try {
      entries = billing.bill(activity, lease, upTo);
    } catch (BusinessRuleException e) {
      ActivityRecords.budgetMoved(stores, activity);
      throw e;
    }
    if (!entries.isEmpty()) ActivityRecords.budgetMoved(stores, activity);
    return entries;
  }

  /** Money is not booked ahead of its day: what falls due later is booked by the run of that day. */
  private static LocalDate earlier(LocalDate day, LocalDate today) {
    return day.isBefore(today) ? day : today;
  }

  private static Lease find(Context ctx, Caller caller, Stores stores) {
    LeaseId id = new LeaseId(PathIds.of(ctx, "id", "lease"));
    NotFoundException missing = new NotFoundException("no lease " + id + " is stored in " + caller.entity());
    Lease lease = stores.leases().find(id).orElseThrow(() -> missing);
    if (caller.member() != null) {
      try {
        ActivityRecords.visible(caller, stores, lease.activity());
      } catch (NotFoundException e) {
        throw missing;
      }
    }
    return lease;
  }

  private static LocalDate today(Stores stores) {
    return LocalDate.now(stores.clock());
  }

  static String path(LeaseId id) {
    return "/api/v1/leases/" + id;
  }
}
