package coop.smart.core.operation;

import coop.smart.core.activity.Activity;
import coop.smart.core.activity.ActivityBudget;
import coop.smart.core.activity.ActivityId;
import coop.smart.core.activity.ExpenseClaim;
import coop.smart.core.activity.Sector;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.MemberAction;
import coop.smart.core.entity.Today;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.error.NotFoundException;
import coop.smart.core.error.ValidationException;
import coop.smart.core.ledger.Account;
import coop.smart.core.ledger.AccountType;
import coop.smart.core.ledger.JournalEntry;
import coop.smart.core.ledger.Posting;
import coop.smart.core.member.Member;
import coop.smart.core.member.MemberId;
import coop.smart.core.payout.BankTransfer;
import coop.smart.core.store.AllRecords;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.joda.money.Money;

/**
 * Activities, the members' project budgets: opened, read with their statement, and moved by
 * checked journal entries (expenses refunded, transfers, receipts), then closed year by year.
 * A member reaches the activities it administers only, and acts in them as itself.
 *
 * <p>A budget's balance is checked, then spent, in two steps: of two movements of one budget
 * made at once, each would pass the check without seeing the other. So every movement saves
 * the activity, read before its budget was: both saves start from the same version, the second
 * conflicts and its transaction rolls back, on one server or several. The activities one
 * operation moves are saved together, which their store locks in the order of their ids: two
 * operations moving the same budgets wait for each other rather than deadlock.
 */
public final class Activities {

  /** A line of an activity's statement: an entry that moved its budget, and the balance it left. */
  public record StatementLine(JournalEntry entry, Money change, Money balance) {
  }

  /** A movement of money booked in an activity's budget, with its statement line. */
  public record Booked(Activity activity, StatementLine line) {
  }

  /** Rule code of the refusal to add an administrator directly by anyone but an advisor. */
  public static final String ADVISOR_ACT = "ADVISOR_ACT";

  private final EntityStores stores;
  private final Changes changes;

  public Activities(EntityStores stores) {
    this.stores = stores;
    this.changes = new Changes(stores);
  }

  /** Opens an activity administered by the members named, the first opening it; a member opens only those it administers. */
  public Activity open(Actor actor, String name, Sector sector, List<UUID> administratorIds) {
    if (actor.member() != null && !administratorIds.contains(actor.member().value())) {
      throw ValidationException.of("administrators", "a member's key opens activities its member administers: name " + actor.member());
    }
    LocalDate today = LocalDate.now(stores.clock());
    return changes.create(actor, stores.activities(), "activity.open", "activity", () -> {
      List<Member> administrators = new ArrayList<>();
      for (int i = 0; i < administratorIds.size(); i++) administrators.add(member(administratorIds.get(i), "administrators[" + i + "]"));
      Activity activity = Activity.open(stores.entity(), administrators.get(0), name, sector, today);
      for (Member other : administrators.subList(1, administrators.size())) activity = activity.addAdministrator(stores.entity(), other, today);
      return activity;
    });
  }

  /** The activity, when the actor may see it: a member sees those its member administers, and others' as if they did not exist. */
  public Activity find(Actor actor, ActivityId id) {
    return stores.activities().find(id)
        .filter(activity -> actor.member() == null || activity.administrators().contains(actor.member()))
        .orElseThrow(() -> new NotFoundException("no activity " + id + " is stored in " + actor.entity()));
  }

  /** One page of the activities the actor sees, in the order of their ids. */
  public List<Activity> page(Actor actor, ActivityId after, int limit) {
    if (actor.member() == null) return stores.activities().list(after, limit);
    // A member administers a few activities: they are read whole and paged here.
    return Pages.of(stores.activities().administeredBy(actor.member()).stream(), activity -> activity.id().value(),
        after == null ? null : after.value(), limit);
  }

  /** The budgets' figures, to show an activity with what it may spend. */
  public ActivityBudget budgets() {
    return stores.flow().budgets();
  }

  /** The statement of the activity's budget: every entry that moved it, oldest first, with the balance each left. */
  public List<StatementLine> statement(Activity activity) {
    Account budget = Account.of(AccountType.ACTIVITY_BUDGET, activity.id());
    Money balance = Money.zero(stores.entity().currency());
    List<StatementLine> lines = new ArrayList<>();
    for (JournalEntry entry : stores.ledger().entries(budget)) {
      // The budget is a liability: a credit (negative posting) adds to what can be spent.
      Money change = Money.total(stores.entity().currency(), entry.postings().stream()
          .filter(posting -> posting.account().equals(budget)).map(Posting::amount).toList()).negated();
      balance = balance.plus(change);
      lines.add(new StatementLine(entry, change, balance));
    }
    return lines;
  }

  /**
   * Refunds an expense a member paid for the activity, authorised by an administrator, on
   * {@code paidOn} or today. The expense was incurred, and is refunded, on days that have come
   * ({@link Today#past}), the refund not before the expense. The refund's transfer to the claimant's
   * bank account is recorded with it, for that day's credit-transfer file ({@link Payouts}).
   */
  public Booked reimburse(Actor actor, ActivityId id, UUID administrator, UUID claimant, String description, Money amount,
      LocalDate incurredOn, LocalDate paidOn) {
    Today today = stores.today();
    LocalDate refundedOn = today.past("paidOn", paidOn);
    return stores.transactions().inTransaction(() -> {
      Activity activity = find(actor, id);
      Member acting = acting(actor, administrator);
      Member paid = member(claimant, "claimant");
      ExpenseClaim claim = new ExpenseClaim(paid.id(), description, amount, incurredOn);
      today.past("incurredOn", claim.incurredOn());
      JournalEntry entry = stores.flow().budgets().reimburse(activity, acting, claim, refundedOn);
      budgetMoved(activity);
      stores.transfers().record(BankTransfer.refund(paid, entry, claim, stores.clock().instant()));
      changes.audit(actor, "activity.reimburse-expense", "activity", activity.id());
      return booked(activity, entry);
    });
  }

  /** Moves budget from one activity to another, on {@code on} or today, a day that has come ({@link Today#past}). */
  public Booked transfer(Actor actor, ActivityId fromId, ActivityId toId, UUID administrator, Money amount, LocalDate on) {
    LocalDate day = stores.today().past("on", on);
    return stores.transactions().inTransaction(() -> {
      Activity from = find(actor, fromId);
      Activity to = stores.activities().find(toId)
          .orElseThrow(() -> ValidationException.of("to", "no activity " + toId + " is stored in " + actor.entity()));
      List<Member> receiving = to.administrators().stream().map(id -> member(id.value(), "to")).toList();
      JournalEntry entry = stores.flow().budgets().transfer(from, to, acting(actor, administrator), receiving, amount, day);
      budgetsMoved(List.of(from, to));
      changes.audit(actor, "activity.transfer-budget", "activity", from.id());
      changes.audit(actor, "activity.receive-transfer", "activity", to.id());
      return booked(from, entry);
    });
  }

  /**
   * Money received into the budget outside an invoice, e.g. a grant, for an administrator, on
   * {@code on} or today, a day that has come ({@link Today#past}).
   */
  public Booked receive(Actor actor, ActivityId id, UUID administrator, MemberAction kind, Money amount, HolderKind holder, LocalDate on) {
    LocalDate day = stores.today().past("on", on);
    return stores.transactions().inTransaction(() -> {
      Activity activity = find(actor, id);
      JournalEntry entry = stores.flow().budgets().receive(activity, member(administrator, "administrator"), kind, amount,
          holder == null ? HolderKind.INDIVIDUAL : holder, day);
      budgetMoved(activity);
      changes.audit(actor, "activity.receive", "activity", activity.id());
      return booked(activity, entry);
    });
  }

  /**
   * Invites a member to administer the activity; it becomes an administrator once it accepts.
   * An administrator invites, or the entity's staff.
   */
  public Activity invite(Actor actor, ActivityId id, long expectedVersion, MemberId invitee) {
    Member member = member(invitee.value(), "member");
    return changes.change(actor, stores.activities(), () -> find(actor, id), expectedVersion, "activity.invite-administrator", "activity",
        activity -> activity.invite(stores.entity(), member, LocalDate.now(stores.clock())));
  }

  /** The invited member accepts, and administers the activity from then on: its own act, no one else's. */
  public Activity acceptInvitation(Actor actor, ActivityId id, long expectedVersion) {
    if (actor.member() == null) {
      throw new BusinessRuleException(Activity.NOT_INVITED, "an invitation is accepted by the invited member itself");
    }
    Member member = member(actor.member().value(), "member");
    return changes.change(actor, stores.activities(), () -> stores.activities().find(id)
            .filter(activity -> activity.invited().contains(member.id()) || activity.administrators().contains(member.id()))
            .orElseThrow(() -> new NotFoundException("no activity " + id + " is stored in " + actor.entity())),
        expectedVersion, "activity.accept-administration", "activity",
        activity -> activity.acceptInvitation(stores.entity(), member, LocalDate.now(stores.clock())));
  }

  /**
   * Makes a member an administrator at once: an advisor's act (ADMIN or ADVISOR), for a member
   * is never made the administrator of someone's activity without either that or its own
   * acceptance of an invitation.
   */
  public Activity addAdministrator(Actor actor, ActivityId id, long expectedVersion, MemberId administrator) {
    if (actor.role() != Role.ADMIN && actor.role() != Role.ADVISOR) {
      throw new BusinessRuleException(ADVISOR_ACT, "only the entity's advisors add an administrator directly; invite the member instead");
    }
    Member member = member(administrator.value(), "member");
    return changes.change(actor, stores.activities(), () -> find(actor, id), expectedVersion, "activity.add-administrator", "activity",
        activity -> activity.addAdministrator(stores.entity(), member, LocalDate.now(stores.clock())));
  }

  /** Closes an ended year of the activity ({@link Today#endedYear}). */
  public Activity closeYear(Actor actor, ActivityId id, long expectedVersion, int year) {
    stores.today().endedYear(year);
    return changes.change(actor, stores.activities(), () -> find(actor, id), expectedVersion, "activity.close-year", "activity",
        activity -> activity.closeYear(year));
  }

  /**
   * The entity's year closing: closes {@code year} in every activity that has not closed it,
   * the years before it first where an activity left them open, all in one transaction.
   * Answers the activities it closed; closing the same year again closes none. The year must
   * have ended ({@link Today#endedYear}).
   */
  public List<Activity> closeYearEverywhere(Actor actor, int year) {
    stores.today().endedYear(year);
    return stores.transactions().inTransaction(() -> {
      List<Activity> closed = new ArrayList<>();
      for (Activity activity : AllRecords.of(stores.activities())) {
        if (activity.closedThrough() >= year) continue;
        Activity next = activity;
        while (next.closedThrough() < year) next = next.closeYear(next.closedThrough() == 0 ? year : next.closedThrough() + 1);
        Activity saved = stores.activities().save(next);
        changes.audit(actor, "activity.close-year", "activity", saved.id());
        closed.add(saved);
      }
      return closed;
    });
  }

  /** Saves an activity whose budget moved: see the class comment. */
  void budgetMoved(Activity activity) {
    budgetsMoved(List.of(activity));
  }

  /** Saves the activities whose budgets moved, together: see the class comment. */
  void budgetsMoved(Collection<Activity> moved) {
    stores.activities().saveChanges(List.copyOf(moved));
  }

  private Booked booked(Activity activity, JournalEntry entry) {
    StatementLine line = statement(activity).stream().filter(candidate -> candidate.entry().id().equals(entry.id())).findFirst().orElseThrow();
    return new Booked(activity, line);
  }

  /** Who acts as the activity's administrator: a member, itself; another actor names one. */
  private Member acting(Actor actor, UUID administrator) {
    if (actor.member() == null) {
      if (administrator == null) throw ValidationException.of("administrator", "is required: the administrator who authorises it");
      return member(administrator, "administrator");
    }
    if (administrator != null && !administrator.equals(actor.member().value())) {
      throw ValidationException.of("administrator", "a member's key acts as its own member " + actor.member() + "; leave it out");
    }
    return member(actor.member().value(), "administrator");
  }

  private Member member(UUID id, String field) {
    return stores.members().find(new MemberId(id))
        .orElseThrow(() -> ValidationException.of(field, "no member " + id + " is stored in " + stores.entity().code()));
  }
}
