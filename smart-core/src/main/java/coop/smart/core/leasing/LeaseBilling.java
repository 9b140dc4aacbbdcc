package coop.smart.core.leasing;

import coop.smart.core.activity.Activity;
import coop.smart.core.activity.ActivityBudget;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.error.ValidationException;
import coop.smart.core.ledger.Account;
import coop.smart.core.ledger.AccountType;
import coop.smart.core.ledger.JournalEntry;
import coop.smart.core.ledger.Ledger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.joda.money.Money;

/**
 * A lease's money in the ledger. The entity pays the supplier for the equipment (and for what an
 * amendment adds), which the activity then owes; on each due date an instalment is debited from
 * the activity's budget; a payoff settles the rest. Billing up to a date books whatever of this
 * has not been booked yet, so running it again books nothing twice.
 */
public final class LeaseBilling {

  private final NationalEntity entity;
  private final Ledger ledger;
  private final ActivityBudget budgets;

  public LeaseBilling(NationalEntity entity, Ledger ledger, ActivityBudget budgets) {
    this.entity = entity;
    this.ledger = ledger;
    this.budgets = budgets;
  }

  /** The reference an instalment's entry carries, by which billing knows it is booked. */
  public static String reference(Lease lease, Instalment instalment) {
    return "lease " + lease.id() + " instalment " + instalment.number();
  }

  /** The reference of a payoff's entry. */
  public static String payoffReference(Lease lease) {
    return "lease " + lease.id() + " payoff";
  }

  /**
   * Books everything of the lease due by {@code upTo}: equipment bought, instalments due and a
   * payoff. Each is posted on its own date as it is a payment of its own; an instalment the
   * budget cannot cover is refused and stops the billing there, with what came before booked.
   *
   * @return the entries booked now
   */
  public List<JournalEntry> bill(Activity activity, Lease lease, LocalDate upTo) {
    Objects.requireNonNull(upTo, "upTo");
    requireLeaseOf(activity, lease); // before anything is booked, so a refusal changes nothing
    Account owed = Account.of(AccountType.LEASE_RECEIVABLES, lease.id());
    Set<String> booked = ledger.entries(owed).stream().map(JournalEntry::reference).collect(Collectors.toSet());
    List<JournalEntry> entries = new ArrayList<>();
    List<Purchase> purchases = new ArrayList<>();
    purchases.add(new Purchase(lease.startDate(), "lease " + lease.id() + " equipment", lease.principal()));
    for (int i = 0; i < lease.amendments().size(); i++) {
      if (lease.amendments().get(i) instanceof AddedEquipment added) {
        purchases.add(new Purchase(added.signedOn(), "lease " + lease.id() + " amendment " + (i + 1), added.equipment().price()));
      }
    }
    for (Purchase purchase : purchases) {
      if (purchase.on().isAfter(upTo) || booked.contains(purchase.reference())) continue;
      entries.add(ledger.post(JournalEntry.on(entity.code(), purchase.on(), "equipment bought for " + purchase.reference())
          .reference(purchase.reference())
          .debit(owed, purchase.price())
          .credit(Account.of(AccountType.BANK), purchase.price())));
    }
    for (Instalment instalment : lease.instalmentsDueOnOrBefore(upTo)) {
      if (!booked.contains(reference(lease, instalment))) entries.add(payInstalment(activity, lease, instalment));
    }
    lease.payoff().filter(payoff -> !payoff.date().isAfter(upTo) && !booked.contains(payoffReference(lease)))
        .ifPresent(payoff -> entries.add(payOff(activity, lease, payoff)));
    return entries;
  }

  /**
   * Debits a lease instalment from the budget on its due date: its principal repays what the
   * entity paid for the equipment, its interest is the entity's income.
   */
  private JournalEntry payInstalment(Activity activity, Lease lease, Instalment instalment) {
    return budgets.spend(activity, instalment.amount(), instalment.dueDate(),
        JournalEntry.on(entity.code(), instalment.dueDate(), "instalment " + instalment.number() + " of lease " + lease.id())
            .reference(reference(lease, instalment))
            .credit(Account.of(AccountType.LEASE_RECEIVABLES, lease.id()), instalment.principal())
            .credit(Account.of(AccountType.LEASE_INTEREST_INCOME), instalment.interest()));
  }

  /** Pays a lease off from the budget: the outstanding principal, with no further interest. */
  private JournalEntry payOff(Activity activity, Lease lease, Payoff payoff) {
    return budgets.spend(activity, payoff.amount(), payoff.date(), JournalEntry.on(entity.code(), payoff.date(), "payoff of lease " + lease.id())
        .reference(payoffReference(lease))
        .credit(Account.of(AccountType.LEASE_RECEIVABLES, lease.id()), payoff.amount()));
  }

  private static void requireLeaseOf(Activity activity, Lease lease) {
    if (!lease.activity().equals(activity.id())) {
      throw ValidationException.of("activity", "lease " + lease.id() + " is paid by activity " + lease.activity() + ", not " + activity.id());
    }
  }

  /** Equipment the entity pays its supplier for. */
  private record Purchase(LocalDate on, String reference, Money price) {
  }
}
