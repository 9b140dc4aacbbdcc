package coop.smart.core.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.contract.PayBreakdown;
import coop.smart.core.contract.PayRules;
import coop.smart.core.contract.SalaryPayment;
import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.MemberAction;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.ledger.InMemoryLedger;
import coop.smart.core.ledger.JournalEntry;
import coop.smart.core.ledger.Ledger;
import coop.smart.core.member.Member;
import coop.smart.core.member.PersonKind;
import coop.smart.core.member.ShareCategory;
import coop.smart.core.money.Rate;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class ActivityBudgetTest {

  private static final NationalEntity BE = EntityCatalog.standard().entity("BE");
  private static final LocalDate MARCH = LocalDate.of(2017, 3, 1);
  private static final Member ADMIN = Member.join(BE.code(), PersonKind.NATURAL_PERSON, "Fatou").buyShares(1, ShareCategory.A);

  private final Ledger ledger = new InMemoryLedger(BE.code(), BE.currency());
  private final ActivityBudget budgets = new ActivityBudget(BE, ledger);
  private final Activity theatre = Activity.open(BE, ADMIN, "Théâtre de poche", Sector.of("performing arts"), MARCH);
  private final Activity festival = Activity.open(BE, ADMIN, "Festival", Sector.of("events"), MARCH);

  private static Money eur(String amount) {
    return Money.parse("EUR " + amount);
  }

  @Test
  void financingAgreement_isAvailableAfterTheFee() {
    budgets.receive(theatre, ADMIN, MemberAction.FINANCING_AGREEMENT, eur("10000.00"), HolderKind.INDIVIDUAL, MARCH);
    assertThat(budgets.available(theatre.id())).isEqualTo(eur("9350.00"));
  }

  @Test
  void spendingBeyondTheBudget_isRefusedAndChangesNothing() {
    budgets.receive(theatre, ADMIN, MemberAction.RIGHTS_CONCESSION, eur("1000.00"), HolderKind.INDIVIDUAL, MARCH);
    int entries = ledger.entries().size();
    assertThatThrownBy(() -> budgets.purchase(theatre, ADMIN, "Lumière SA", "spotlights", eur("935.01"), MARCH))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessage("activity 'Théâtre de poche' has EUR 935.00 available; spending EUR 935.01 would exceed it");
    assertThat(ledger.entries()).hasSize(entries);
    budgets.purchase(theatre, ADMIN, "Lumière SA", "spotlights", eur("935.00"), MARCH);
    assertThat(budgets.available(theatre.id())).isEqualTo(eur("0.00"));
  }

  @Test
  void transfer_movesBudgetBetweenActivities() {
    budgets.receive(theatre, ADMIN, MemberAction.FINANCING_AGREEMENT, eur("1000.00"), HolderKind.INDIVIDUAL, MARCH);
    budgets.transfer(theatre, festival, ADMIN, List.of(ADMIN), eur("300.00"), MARCH);
    assertThat(budgets.available(theatre.id())).isEqualTo(eur("635.00"));
    assertThat(budgets.available(festival.id())).isEqualTo(eur("300.00"));
  }

  @Test
  void transfer_toAnActivityNoShareholderAdministers_isRefusedAndChangesNothing() {
    budgets.receive(theatre, ADMIN, MemberAction.FINANCING_AGREEMENT, eur("1000.00"), HolderKind.INDIVIDUAL, MARCH);
    Member withoutShare = Member.join(BE.code(), PersonKind.NATURAL_PERSON, "Jonas");
    Activity band = new Activity(ActivityId.random(), BE.code(), "Band", Sector.of("music"), Set.of(withoutShare.id()), Set.of(), 0, 0);
    int entries = ledger.entries().size();
    assertThatThrownBy(() -> budgets.transfer(theatre, band, ADMIN, List.of(withoutShare), eur("300.00"), MARCH))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessage("no administrator of activity 'Band' holds a cooperative share; BE reserves RECEIVE_BUDGET_TRANSFER to shareholders");
    assertThat(ledger.entries()).hasSize(entries);
  }

  @Test
  void salaryFromTheBudget_takesNoSecondFee() {
    budgets.receive(theatre, ADMIN, MemberAction.FINANCING_AGREEMENT, eur("2000.00"), HolderKind.INDIVIDUAL, MARCH);
    PayBreakdown salary = PayRules.of(BE, ContractType.ARTIST, HolderKind.INDIVIDUAL, MARCH)
        .fromBudget(eur("935.00"), Rate.parse("0.11"), null);
    assertThat(salary.fee()).isEqualTo(eur("0.00"));
    assertThat(salary.gross()).isEqualTo(eur("618.18"));
    budgets.spend(theatre, salary.employmentBudget(), MARCH, SalaryPayment.credit(JournalEntry.on(BE.code(), MARCH, "salary"), salary));
    assertThat(budgets.available(theatre.id())).isEqualTo(eur("935.00"));
  }

  @Test
  void expenseClaim_isReimbursedFromTheBudget() {
    budgets.receive(theatre, ADMIN, MemberAction.FINANCING_AGREEMENT, eur("100.00"), HolderKind.INDIVIDUAL, MARCH);
    budgets.reimburse(theatre, ADMIN, new ExpenseClaim(ADMIN.id(), "train tickets", eur("42.50"), MARCH), MARCH);
    assertThat(budgets.available(theatre.id())).isEqualTo(eur("51.00"));
  }

  @Test
  void unspentBudget_isCarriedOverToTheNextYear() {
    budgets.receive(theatre, ADMIN, MemberAction.FINANCING_AGREEMENT, eur("1000.00"), HolderKind.INDIVIDUAL, MARCH);
    budgets.purchase(theatre, ADMIN, "Lumière SA", "spotlights", eur("400.00"), LocalDate.of(2017, 11, 1));
    budgets.purchase(theatre, ADMIN, "Lumière SA", "cables", eur("35.00"), LocalDate.of(2018, 2, 1));
    ActivityYear year2017 = budgets.year(theatre.id(), 2017);
    assertThat(year2017).isEqualTo(new ActivityYear(theatre.id(), 2017, eur("0.00"), eur("935.00"), eur("400.00"), eur("535.00")));
    ActivityYear year2018 = budgets.year(theatre.id(), 2018);
    assertThat(year2018.carriedIn()).isEqualTo(eur("535.00"));
    assertThat(year2018.carriedOver()).isEqualTo(eur("500.00"));
  }

  @Test
  void closedYear_refusesBookings() {
    Activity closed = theatre.closeYear(2017);
    assertThatThrownBy(() -> budgets.receive(closed, ADMIN, MemberAction.FINANCING_AGREEMENT, eur("10.00"), HolderKind.INDIVIDUAL, MARCH))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessage("activity 'Théâtre de poche' closed 2017; nothing can be booked on 2017-03-01");
    assertThatThrownBy(() -> closed.closeYear(2019)).hasMessageContaining("the next year to close is 2018");
  }

  @Test
  void someoneWhoDoesNotAdministerTheActivity_isRefused() {
    Member stranger = Member.join(BE.code(), PersonKind.NATURAL_PERSON, "Gil").buyShares(1, ShareCategory.A);
    budgets.receive(theatre, ADMIN, MemberAction.FINANCING_AGREEMENT, eur("100.00"), HolderKind.INDIVIDUAL, MARCH);
    assertThatThrownBy(() -> budgets.purchase(theatre, stranger, "X", "y", eur("1.00"), MARCH))
        .isInstanceOf(BusinessRuleException.class)
        .extracting(e -> ((BusinessRuleException) e).rule()).isEqualTo(Activity.NOT_AN_ADMINISTRATOR);
  }
}
