package coop.smart.core.leasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import coop.smart.core.activity.Activity;
import coop.smart.core.activity.ActivityBudget;
import coop.smart.core.activity.Sector;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.MemberAction;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.error.ValidationException;
import coop.smart.core.ledger.Account;
import coop.smart.core.ledger.AccountType;
import coop.smart.core.ledger.InMemoryLedger;
import coop.smart.core.ledger.JournalEntry;
import coop.smart.core.member.Member;
import coop.smart.core.member.PersonKind;
import coop.smart.core.member.ShareCategory;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Lease instalments debited from the activity's budget through the ledger. */
class LeaseBillingTest {

  private static final NationalEntity BE = EntityCatalog.standard().entity("BE");
  private static final LocalDate START = LocalDate.of(2018, 1, 15);
  private static final Member ADMIN = Member.join(BE.code(), PersonKind.NATURAL_PERSON, "Lou").buyShares(1, ShareCategory.A);

  private final InMemoryLedger ledger = new InMemoryLedger(BE.code(), BE.currency());
  private final ActivityBudget budgets = new ActivityBudget(BE, ledger);
  private final LeaseBilling billing = new LeaseBilling(BE, ledger, budgets);
  private final Activity studio = Activity.open(BE, ADMIN, "Photo studio", Sector.of("photography"), START);
  private final Lease lease = Lease.sign(LeaseId.random(), BE, studio.id(), List.of(Equipment.of("camera kit", eur("3596.65"))),
      START, null, 14);

  private static Money eur(String amount) {
    return Money.parse("EUR " + amount);
  }

  @Test
  void instalmentsAreDebitedOnTheirDueDates_once() {
    budgets.receive(studio, ADMIN, MemberAction.FINANCING_AGREEMENT, eur("10000.00"), HolderKind.INDIVIDUAL, START);
    Money before = budgets.available(studio.id());
    billing.bill(studio, lease, LocalDate.of(2018, 4, 20)); // three instalments due: 15 Feb, 15 Mar, 15 Apr
    Money instalment = lease.instalments().get(0).amount();
    assertThat(budgets.available(studio.id())).isEqualTo(before.minus(instalment.multipliedBy(3)));
    assertThat(billing.bill(studio, lease, LocalDate.of(2018, 4, 20))).isEmpty();

    billing.bill(studio, lease, LocalDate.of(2019, 12, 31)); // the whole lease
    assertThat(ledger.balance(Account.of(AccountType.LEASE_RECEIVABLES, lease.id()))).isEqualTo(eur("0.00"));
    Money interest = lease.instalments().stream().map(Instalment::interest).reduce(eur("0.00"), Money::plus);
    assertThat(ledger.balance(Account.of(AccountType.LEASE_INTEREST_INCOME)).negated()).isEqualTo(interest);
    assertThat(ledger.balance(Account.of(AccountType.BANK))).isEqualTo(eur("10000.00").minus(eur("3596.65")));
  }

  @Test
  void payoffSettlesTheRestFromTheBudget() {
    budgets.receive(studio, ADMIN, MemberAction.FINANCING_AGREEMENT, eur("10000.00"), HolderKind.INDIVIDUAL, START);
    Lease paidOff = lease.payOff(LocalDate.of(2018, 6, 1));
    billing.bill(studio, paidOff, LocalDate.of(2019, 12, 31));
    assertThat(ledger.balance(Account.of(AccountType.LEASE_RECEIVABLES, lease.id()))).isEqualTo(eur("0.00"));
    assertThat(ledger.entries(Account.of(AccountType.LEASE_RECEIVABLES, lease.id()))).hasSize(1 + 4 + 1);
  }

  @Test
  void aLeaseBilledToAnotherActivity_isRefusedBeforeAnythingIsBooked() {
    Activity other = Activity.open(BE, ADMIN, "Sound studio", Sector.of("music"), START);
    budgets.receive(other, ADMIN, MemberAction.FINANCING_AGREEMENT, eur("10000.00"), HolderKind.INDIVIDUAL, START);
    int entries = ledger.entries().size();
    assertThatThrownBy(() -> billing.bill(other, lease, LocalDate.of(2018, 4, 20)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("is paid by activity " + studio.id());
    assertThat(ledger.entries()).hasSize(entries);
  }

  @Test
  void anInstalmentTheBudgetCannotCover_isRefused() {
    billing.bill(studio, lease, START); // the equipment is bought; nothing is due yet
    assertThatThrownBy(() -> billing.bill(studio, lease, LocalDate.of(2018, 2, 15)))
        .isInstanceOf(BusinessRuleException.class)
        .extracting(e -> ((BusinessRuleException) e).rule()).isEqualTo(ActivityBudget.BUDGET_EXCEEDED);
    assertThat(ledger.entries()).hasSize(1);
  }

  @Test
  void bill_returnsWhatItBooksNow_equipmentFirst_amendmentsByTheirNumber() {
    budgets.receive(studio, ADMIN, MemberAction.FINANCING_AGREEMENT, eur("10000.00"), HolderKind.INDIVIDUAL, START);
    Lease amended = lease.amend(new AddedEquipment(LocalDate.of(2018, 3, 1), Equipment.of("lens", eur("400.00")))); // Thu
    String id = "lease " + lease.id();
    assertThat(billing.bill(studio, amended, LocalDate.of(2018, 3, 20))) // Tue
        .extracting(JournalEntry::reference, JournalEntry::date)
        .containsExactly(
            tuple(id + " equipment", START),
            tuple(id + " amendment 1", LocalDate.of(2018, 3, 1)), // Thu
            tuple(id + " instalment 1", LocalDate.of(2018, 2, 15)), // Thu
            tuple(id + " instalment 2", LocalDate.of(2018, 3, 15))); // Thu
    assertThat(ledger.balance(Account.of(AccountType.BANK))).isEqualTo(eur("10000.00").minus(eur("3996.65")));
  }

  @Test
  void payoff_isBookedOnItsDate_once() {
    budgets.receive(studio, ADMIN, MemberAction.FINANCING_AGREEMENT, eur("10000.00"), HolderKind.INDIVIDUAL, START);
    Lease paidOff = lease.payOff(LocalDate.of(2018, 6, 1)); // Fri
    assertThat(billing.bill(studio, paidOff, LocalDate.of(2018, 5, 31))) // Thu
        .extracting(JournalEntry::reference).doesNotContain(LeaseBilling.payoffReference(paidOff));
    assertThat(billing.bill(studio, paidOff, LocalDate.of(2018, 6, 1))) // Fri
        .extracting(JournalEntry::reference).containsExactly("lease " + lease.id() + " payoff");
    assertThat(billing.bill(studio, paidOff, LocalDate.of(2019, 12, 31))).isEmpty(); // Tue
    assertThat(ledger.balance(Account.of(AccountType.LEASE_RECEIVABLES, lease.id()))).isEqualTo(eur("0.00"));
  }
}
