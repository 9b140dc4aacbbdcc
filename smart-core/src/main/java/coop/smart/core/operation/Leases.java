package coop.smart.core.operation;

import coop.smart.core.activity.Activity;
import coop.smart.core.activity.ActivityId;
import coop.smart.core.entity.Today;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.error.NotFoundException;
import coop.smart.core.error.ValidationException;
import coop.smart.core.leasing.Amendment;
import coop.smart.core.leasing.Equipment;
import coop.smart.core.leasing.Lease;
import coop.smart.core.leasing.LeaseBilling;
import coop.smart.core.leasing.LeaseId;
import coop.smart.core.ledger.Account;
import coop.smart.core.ledger.AccountType;
import coop.smart.core.ledger.JournalEntry;
import coop.smart.core.store.AllRecords;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Equipment leased to activities: signed, amended, paid off, and billed by the runs that debit
 * instalments from the activities' budgets on their due dates. Whatever a lease owes by today is
 * booked when it is signed, amended or paid off; what falls due later is booked by the run of
 * that day. A member reads the leases of the activities it administers.
 */
public final class Leases {

  /** An entry a billing run booked for a lease. */
  public record Booked(LeaseId lease, JournalEntry entry) {
  }

  /** A lease whose instalment its activity's budget could not pay: what it owed before is booked. */
  public record Refused(Lease lease, BusinessRuleException reason) {
  }

  /** What a billing run did on its day. */
  public record BillingRun(LocalDate on, List<Booked> booked, List<Refused> refused) {
  }

  private final EntityStores stores;
  private final Changes changes;
  private final Activities activities;

  public Leases(EntityStores stores) {
    this.stores = stores;
    this.changes = new Changes(stores);
    this.activities = new Activities(stores);
  }

  public Lease sign(Actor actor, ActivityId activityId, List<Equipment> equipment, LocalDate startDate, BigDecimal annualRate, int months) {
    LocalDate today = today();
    return changes.create(actor, stores.leases(), "lease.sign", "lease", () -> {
      Activity activity = stores.activities().find(activityId)
          .orElseThrow(() -> ValidationException.of("activity", "no activity " + activityId + " is stored in " + actor.entity()));
      return Lease.sign(LeaseId.random(), stores.entity(), activity.id(), equipment, startDate, annualRate, months);
    }, lease -> book(lease, earlier(startDate, today)));
  }

  /** An amendment signed on {@code signedOn}, a day the entity's rules apply to, booked up to that day. */
  public Lease amend(Actor actor, LeaseId id, long expectedVersion, Amendment amendment, LocalDate signedOn) {
    stores.entity().requireRulesApply("signedOn", signedOn);
    LocalDate today = today();
    return changes.change(actor, stores.leases(), () -> find(actor, id), expectedVersion, "lease.amend", "lease",
        lease -> lease.amend(amendment), saved -> book(saved, earlier(signedOn, today)));
  }

  /** The lease paid off on {@code date}, a day the entity's rules apply to, booked up to that day. */
  public Lease payOff(Actor actor, LeaseId id, long expectedVersion, LocalDate date) {
    stores.entity().requireRulesApply("date", date);
    LocalDate today = today();
    return changes.change(actor, stores.leases(), () -> find(actor, id), expectedVersion, "lease.pay-off", "lease",
        lease -> lease.payOff(date), saved -> book(saved, earlier(date, today)));
  }

  /** The lease, refused as missing to a member when its activity is another's. */
  public Lease find(Actor actor, LeaseId id) {
    NotFoundException missing = new NotFoundException("no lease " + id + " is stored in " + actor.entity());
    Lease lease = stores.leases().find(id).orElseThrow(() -> missing);
    if (actor.member() != null) {
      try {
        activities.find(actor, lease.activity());
      } catch (NotFoundException e) {
        throw missing;
      }
    }
    return lease;
  }

  /** One page of the leases the actor sees, in the order of their ids. */
  public List<Lease> page(Actor actor, LeaseId after, int limit) {
    if (actor.member() == null) return stores.leases().list(after, limit);
    // A member's activities have a few leases: they are read whole and paged here.
    return Pages.of(stores.activities().administeredBy(actor.member()).stream()
            .flatMap(activity -> stores.leases().ofActivity(activity.id()).stream()),
        lease -> lease.id().value(), after == null ? null : after.value(), limit);
  }

  /**
   * Books what every lease owes by {@code on}, once however often it runs: a lease the budget
   * cannot pay is reported, the others go on. Never a day to come ({@link Today#past}): what falls
   * due later is booked by the run of that day.
   */
  public BillingRun bill(Actor actor, LocalDate on) {
    stores.today().past("on", Objects.requireNonNull(on, "on"));
    return stores.transactions().inTransaction(() -> {
      List<Booked> booked = new ArrayList<>();
      List<Refused> refused = new ArrayList<>();
      for (Lease lease : AllRecords.of(stores.leases())) {
        Account owed = Account.of(AccountType.LEASE_RECEIVABLES, lease.id());
        Set<UUID> bookedBefore = stores.ledger().entries(owed).stream().map(JournalEntry::id).collect(Collectors.toSet());
        List<JournalEntry> entries;
        try {
          entries = book(lease, on);
        } catch (BusinessRuleException e) {
          refused.add(new Refused(lease, e));
          // What the lease owed before the refused instalment stays booked.
          entries = stores.ledger().entries(owed).stream().filter(entry -> !bookedBefore.contains(entry.id())).toList();
        }
        entries.forEach(entry -> booked.add(new Booked(lease.id(), entry)));
        if (!entries.isEmpty()) changes.audit(actor, "lease.bill", "lease", lease.id());
      }
      return new BillingRun(on, booked, refused);
    });
  }

  /**
   * Books what the lease owes by {@code upTo} that is not booked yet. A refused instalment stops
   * the lease's billing with what came before it booked, so the budget may have moved then too.
   */
  private List<JournalEntry> book(Lease lease, LocalDate upTo) {
    Activity activity = stores.activities().find(lease.activity()).orElseThrow();
    LeaseBilling billing = new LeaseBilling(stores.entity(), stores.ledger(), stores.flow().budgets());
    List<JournalEntry> entries;
    try {
      entries = billing.bill(activity, lease, upTo);
    } catch (BusinessRuleException e) {
      activities.budgetMoved(activity);
      throw e;
    }
    if (!entries.isEmpty()) activities.budgetMoved(activity);
    return entries;
  }

  /** Money is not booked ahead of its day: what falls due later is booked by the run of that day. */
  private static LocalDate earlier(LocalDate day, LocalDate today) {
    return day.isBefore(today) ? day : today;
  }

  private LocalDate today() {
    return LocalDate.now(stores.clock());
  }
}
