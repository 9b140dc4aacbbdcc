package coop.smart.core.activity;

import coop.smart.core.entity.Fee;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.MemberAction;
import coop.smart.core.entity.MembershipRules;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.error.ValidationException;
import coop.smart.core.ledger.Account;
import coop.smart.core.ledger.AccountType;
import coop.smart.core.ledger.JournalEntry;
import coop.smart.core.ledger.Ledger;
import coop.smart.core.ledger.Movements;
import coop.smart.core.member.Member;
import coop.smart.core.money.Amounts;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.joda.money.Money;

/**
 * The money of an entity's activities, kept in its ledger: each activity has a budget available
 * to spend ({@link AccountType#ACTIVITY_BUDGET}) and invoiced turnover waiting for its clients
 * ({@link AccountType#ACTIVITY_PENDING}). Spending is refused beyond what is available.
 * Operations check everything before posting one balanced entry, so a refusal changes nothing.
 */
public final class ActivityBudget {

  /** Rule code of the refusal to spend beyond the available budget. */
  public static final String BUDGET_EXCEEDED = "BUDGET_EXCEEDED";

  private final NationalEntity entity;
  private final Ledger ledger;

  public ActivityBudget(NationalEntity entity, Ledger ledger) {
    this.entity = entity;
    this.ledger = ledger;
  }

  /** What the activity can spend now. */
  public Money available(ActivityId activity) {
    return ledger.balance(budget(activity)).negated();
  }

  /** What each of {@code activities} can spend now, read in one go. */
  public Map<ActivityId, Money> available(Collection<ActivityId> activities) {
    Map<Account, Money> balances = ledger.balances(activities.stream().map(ActivityBudget::budget).toList());
    Map<ActivityId, Money> available = new HashMap<>();
    for (ActivityId activity : activities) available.put(activity, balances.get(budget(activity)).negated());
    return available;
  }

  /** Turnover invoiced for the activity, after the fee, that its clients have not paid yet. */
  public Money pending(ActivityId activity) {
    return ledger.balance(Account.of(AccountType.ACTIVITY_PENDING, activity)).negated();
  }

  /** The entry making invoiced turnover available once the client has paid it, not posted. */
  public JournalEntry releaseEntry(Activity activity, Money amount, LocalDate on, String reference) {
    Amounts.requirePositive(amount, "amount", entity.currency(), entity.code());
    activity.requireOpenOn(on);
    return JournalEntry.on(entity.code(), on, "client payment made available to activity '" + activity.name() + "'")
        .reference(reference)
        .debit(Account.of(AccountType.ACTIVITY_PENDING, activity.id()), amount)
        .credit(budget(activity.id()), amount)
        .build();
  }

  /**
   * Money from a financing agreement or a rights concession, received in full: the fee is taken
   * on it as on any turnover and the rest is available at once. Reserved to shareholders.
   */
  public JournalEntry receive(Activity activity, Member administrator, MemberAction kind, Money amount, HolderKind holder, LocalDate on) {
    if (kind != MemberAction.FINANCING_AGREEMENT && kind != MemberAction.RIGHTS_CONCESSION) {
      throw ValidationException.of("kind", "an activity receives FINANCING_AGREEMENT or RIGHTS_CONCESSION money, not " + kind);
    }
    Amounts.requirePositive(amount, "amount", entity.currency(), entity.code());
    activity.requireAdministrator(administrator.id());
    activity.requireOpenOn(on);
    entity.membershipRules(on).requireMay(administrator, kind);
    Fee fee = entity.fee(amount, holder, on);
    return ledger.post(JournalEntry.on(entity.code(), on, kind + " for activity '" + activity.name() + "'")
        .debit(Account.of(AccountType.BANK), amount)
        .credit(Account.of(AccountType.FEE_INCOME), fee.fee())
        .credit(budget(activity.id()), fee.remainder()));
  }

  /**
   * Moves budget from one activity to another. The sender's administrator decides; the receiving
   * activity must be entitled to receive, which the entity may reserve to shareholders (R5):
   * then at least one of its administrators must hold a share.
   *
   * @param receivingAdministrators the administrators of {@code to}
   */
  public JournalEntry transfer(Activity from, Activity to, Member administrator, Collection<Member> receivingAdministrators,
                               Money amount, LocalDate on) {
    Amounts.requirePositive(amount, "amount", entity.currency(), entity.code());
    if (from.id().equals(to.id())) throw ValidationException.of("to", "a transfer goes to another activity");
    from.requireAdministrator(administrator.id());
    to.requireOpenOn(on);
    requireMayReceive(to, receivingAdministrators, on);
    return spend(from, amount, on, JournalEntry.on(entity.code(), on, "budget transfer to activity '" + to.name() + "'")
        .credit(budget(to.id()), amount));
  }

  /** Reimburses a member's expense claim from the budget on {@code on}, not before the expense was incurred. */
  public JournalEntry reimburse(Activity activity, Member administrator, ExpenseClaim claim, LocalDate on) {
    Amounts.requirePositive(claim.amount(), "amount", entity.currency(), entity.code());
    if (on.isBefore(claim.incurredOn())) {
      throw ValidationException.of("paidOn", "must not be before the expense was incurred on " + claim.incurredOn() + ": " + on);
    }
    activity.requireAdministrator(administrator.id());
    return spend(activity, claim.amount(), on, JournalEntry.on(entity.code(), on, "expense claim: " + claim.description())
        .reference("member " + claim.claimant())
        .credit(Account.of(AccountType.BANK), claim.amount()));
  }

  /** Pays a supplier for a purchase from the budget. */
  public JournalEntry purchase(Activity activity, Member administrator, String supplier, String description, Money amount, LocalDate on) {
    Amounts.requirePositive(amount, "amount", entity.currency(), entity.code());
    if (supplier == null || supplier.isBlank()) throw ValidationException.of("supplier", "is required");
    activity.requireAdministrator(administrator.id());
    return spend(activity, amount, on, JournalEntry.on(entity.code(), on, "purchase from " + supplier + ": " + description)
        .credit(Account.of(AccountType.BANK), amount));
  }

  /** The activity's budget over {@code year}: carried in, income, spending, carried over. */
  public ActivityYear year(ActivityId activity, int year) {
    Money carriedIn = ledger.balance(budget(activity), LocalDate.of(year - 1, 12, 31)).negated();
    Movements movements = ledger.movements(budget(activity), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    Money income = movements.credit();
    Money spending = movements.debit();
    return new ActivityYear(activity, year, carriedIn, income, spending, carriedIn.plus(income).minus(spending));
  }

  /**
   * Spends {@code amount} from the activity's budget on {@code on}: posts {@code entry}, which
   * credits where the money goes, with the budget's debit; refused beyond what is available.
   */
  // Checking the balance and posting must not interleave with another spend from the same budget.
  public synchronized JournalEntry spend(Activity activity, Money amount, LocalDate on, JournalEntry.Builder entry) {
    activity.requireOpenOn(on);
    Money available = available(activity.id());
    if (amount.isGreaterThan(available)) {
      throw new BusinessRuleException(BUDGET_EXCEEDED, "activity '" + activity.name() + "' has " + available + " available; spending "
          + amount + " would exceed it");
    }
    return ledger.post(entry.debit(budget(activity.id()), amount));
  }

  private void requireMayReceive(Activity to, Collection<Member> administrators, LocalDate on) {
    if (!administrators.stream().map(Member::id).collect(Collectors.toSet()).equals(to.administrators())) {
      throw new IllegalArgumentException("the administrators of activity '" + to.name() + "' are " + to.administrators());
    }
    MembershipRules rules = entity.membershipRules(on);
    if (administrators.stream().noneMatch(member -> rules.allows(member, MemberAction.RECEIVE_BUDGET_TRANSFER))) {
      throw new BusinessRuleException(MembershipRules.SHARE_REQUIRED, "no administrator of activity '" + to.name()
          + "' holds a cooperative share; " + entity.code() + " reserves " + MemberAction.RECEIVE_BUDGET_TRANSFER + " to shareholders");
    }
  }

  /** The ledger account of the activity's budget, a liability: what it can spend is its credit balance. */
  public static Account budget(ActivityId activity) {
    return Account.of(AccountType.ACTIVITY_BUDGET, activity);
  }
}
