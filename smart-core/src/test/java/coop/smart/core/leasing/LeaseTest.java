package coop.smart.core.leasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import coop.smart.core.activity.ActivityId;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.ExplainedFigure;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.entity.RuleRow;
import coop.smart.core.entity.Trace;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.error.ValidationException;
import coop.smart.core.money.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Leases on activities: signing, amendments, payoff and the refusals. */
class LeaseTest {

  private static final EntityCatalog CATALOG = EntityCatalog.standard();
  private static final NationalEntity BE = CATALOG.entity("BE");
  private static final ActivityId ACTIVITY = ActivityId.parse("7f1c3a52-1d2e-4c3b-9a1f-2b6d8e4c5a10");
  private static final LeaseId ID = new LeaseId(UUID.fromString("0b8e2d9c-5a4f-4e3d-8c2b-1a0f9e8d7c6b"));
  private static final LocalDate JANUARY_15_2018 = LocalDate.of(2018, 1, 15);

  private static Money eur(String amount) {
    return Money.parse("EUR " + amount);
  }

  /** The hand-computed case of {@link AmortisationScheduleTest}: 1,200.00 at 12 % over 3 months. */
  private static Lease laptopAndScreen() {
    return Lease.sign(ID, BE, ACTIVITY,
        List.of(Equipment.of("laptop", eur("950.00")), Equipment.of("screen", eur("250.00"))),
        JANUARY_15_2018, new BigDecimal("0.12"), 3);
  }

  private static Money principalRepaid(Lease lease) {
    Money instalments = Money.total(lease.currency(), lease.instalments().stream().map(Instalment::principal).toList());
    return instalments.plus(lease.payoff().map(Payoff::amount).orElse(Money.zero(lease.currency())));
  }

  @Test
  void sign_principalIsTheSumOfThePrices() {
    Lease lease = laptopAndScreen();

    assertThat(lease.principal()).isEqualTo(eur("1200.00"));
    assertThat(lease.instalments()).extracting(Instalment::amount).containsExactly(eur("408.03"), eur("408.03"), eur("408.02"));
    assertThat(lease.version()).isZero(); // not stored yet;
    assertThat(lease.entity().value()).isEqualTo("BE");
    assertThat(lease.activity()).isEqualTo(ACTIVITY);
  }

  @Test
  void sign_withoutARate_takesTheEntitysDefault() {
    Lease lease = Lease.sign(ID, BE, ACTIVITY, List.of(Equipment.of("camera", eur("3596.65"))), JANUARY_15_2018, null, 14);

    assertThat(lease.annualRate()).isEqualTo(Rate.parse("0.08"));
    assertThat(lease.schedules().get(0).instalment()).isEqualTo(eur("269.93"));
  }

  @Test
  void instalmentsDueOnOrBefore_includeTheDueDateItself() {
    Lease lease = laptopAndScreen();

    assertThat(lease.instalmentsDueOnOrBefore(LocalDate.of(2018, 2, 14))).isEmpty();
    assertThat(lease.instalmentsDueOnOrBefore(LocalDate.of(2018, 3, 15))).extracting(Instalment::number).containsExactly(1, 2);
  }

  @Test
  void payoffMidTerm_isTheBalanceAfterTheLastInstalmentDue_andEndsTheLease() {
    // Instalment 1 was due on 15 February; on 1 March 803.97 is left and no interest runs until 15 March.
    Lease paidOff = laptopAndScreen().payOff(LocalDate.of(2018, 3, 1));

    assertThat(paidOff.payoff()).contains(new Payoff(LocalDate.of(2018, 3, 1), eur("803.97")));
    assertThat(paidOff.instalments()).extracting(Instalment::number).containsExactly(1);
    assertThat(paidOff.outstandingOn(LocalDate.of(2018, 2, 28))).isEqualTo(eur("803.97"));
    assertThat(paidOff.outstandingOn(LocalDate.of(2018, 3, 1))).isEqualTo(eur("0.00"));
    assertThat(paidOff.isRunningOn(LocalDate.of(2018, 3, 1))).isFalse();
    assertThat(principalRepaid(paidOff)).isEqualTo(eur("1200.00"));
    assertThat(paidOff.version()).isZero(); // only a store moves the version;
  }

  @Test
  void outstandingBeforeTheStart_isZero() {
    Lease lease = laptopAndScreen();

    assertThat(lease.outstandingOn(LocalDate.of(2018, 1, 14))).isEqualTo(eur("0.00")); // Sun
    assertThat(lease.isRunningOn(LocalDate.of(2018, 1, 14))).isFalse(); // Sun
    assertThat(lease.outstandingOn(JANUARY_15_2018)).isEqualTo(eur("1200.00"));
  }

  @Test
  void restore_givesBackTheLeaseItsTermsDescribe_andRefusesAPayoffTheyDoNotGive() {
    Lease paidOff = laptopAndScreen().payOff(LocalDate.of(2018, 3, 1));
    List<Equipment> equipment = paidOff.equipment();

    Lease restored = Lease.restore(LeaseId.parse(ID.toString()), BE.code(), ACTIVITY, equipment, Rate.parse("0.12"), 3, JANUARY_15_2018,
        List.of(), new Payoff(LocalDate.of(2018, 3, 1), eur("803.97")), 0);
    assertThat(restored).isEqualTo(paidOff).hasSameHashCodeAs(paidOff);
    assertThatThrownBy(() -> Lease.restore(ID, BE.code(), ACTIVITY, equipment, Rate.parse("0.12"), 3, JANUARY_15_2018, List.of(),
        new Payoff(LocalDate.of(2018, 3, 1), eur("803.96")), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("lease " + ID + " was paid off for EUR 803.96 on 2018-03-01, but its schedules leave EUR 803.97 then");
  }

  @Test
  void payoffOnADueDate_comesAfterThatDaysInstalment() {
    Lease paidOff = laptopAndScreen().payOff(LocalDate.of(2018, 3, 15));

    assertThat(paidOff.payoff()).map(Payoff::amount).contains(eur("403.98"));
    assertThat(paidOff.instalments()).hasSize(2);
  }

  @Test
  void addedEquipment_reschedulesTheBalancePlusItsPriceOverTheRemainingMonths() {
    // After instalment 1 (15 February) 803.97 is left; with a 300.00 printer 1,103.97 over the
    // 2 months left: r = 0.01, (1.01)^-2 = 0.98029605, instalment = half-up(11.0397 / 0.01970395)
    // = half-up(560.27851) = 560.28.
    // row 2: interest 1103.97 × 0.01 = 11.0397 → 11.04; principal 549.24; left 554.73
    // row 3 (last): interest 554.73 × 0.01 = 5.5473 → 5.55; principal 554.73, amount 560.28
    Lease lease = laptopAndScreen().amend(new AddedEquipment(LocalDate.of(2018, 2, 20), Equipment.of("printer", eur("300.00"))));

    assertThat(lease.instalments()).containsExactly(
        new Instalment(1, LocalDate.of(2018, 2, 15), eur("408.03"), eur("12.00"), eur("396.03"), eur("803.97")),
        new Instalment(2, LocalDate.of(2018, 3, 15), eur("560.28"), eur("11.04"), eur("549.24"), eur("554.73")),
        new Instalment(3, LocalDate.of(2018, 4, 15), eur("560.28"), eur("5.55"), eur("554.73"), eur("0.00")));
    assertThat(lease.schedules()).hasSize(2);
    assertThat(lease.schedules().get(1).startDate()).isEqualTo(LocalDate.of(2018, 2, 15));
    assertThat(principalRepaid(lease)).isEqualTo(eur("1500.00"));
    assertThat(lease.version()).isZero();
    assertThat(lease.outstandingOn(LocalDate.of(2018, 2, 19))).isEqualTo(eur("803.97"));
    assertThat(lease.outstandingOn(LocalDate.of(2018, 2, 20))).isEqualTo(eur("1103.97"));
  }

  @Test
  void newTerm_spreadsTheBalanceOverTheMonthsAskedFor() {
    Lease lease = laptopAndScreen().amend(new NewTerm(LocalDate.of(2018, 2, 15), 6));

    assertThat(lease.instalments()).hasSize(7);
    assertThat(lease.schedules().get(1).principal()).isEqualTo(eur("803.97"));
    assertThat(lease.instalments().get(6).dueDate()).isEqualTo(LocalDate.of(2018, 8, 15));
    assertThat(principalRepaid(lease)).isEqualTo(eur("1200.00"));
  }

  @Test
  void amendmentBeforeTheFirstDueDate_reschedulesTheWholePrincipalFromTheStart() {
    Lease lease = laptopAndScreen().amend(new NewTerm(LocalDate.of(2018, 1, 20), 12));

    assertThat(lease.instalments()).hasSize(12).first()
        .satisfies(first -> assertThat(first.dueDate()).isEqualTo(LocalDate.of(2018, 2, 15)));
    assertThat(lease.schedules().get(1).principal()).isEqualTo(eur("1200.00"));
  }

  @Test
  void amendmentOfALeaseStartedOn31January_keepsTheLastDayOfEachMonth() {
    Lease lease = Lease.sign(ID, BE, ACTIVITY, List.of(Equipment.of("drone", eur("900.00"))), LocalDate.of(2019, 1, 31), null, 3)
        .amend(new AddedEquipment(LocalDate.of(2019, 3, 5), Equipment.of("batteries", eur("120.00"))));

    assertThat(lease.instalments()).extracting(Instalment::dueDate)
        .containsExactly(LocalDate.of(2019, 2, 28), LocalDate.of(2019, 3, 31), LocalDate.of(2019, 4, 30));
  }

  @Test
  void asOf_leavesOutWhatWasSignedOrPaidLater() {
    Lease lease = laptopAndScreen()
        .amend(new AddedEquipment(LocalDate.of(2018, 2, 20), Equipment.of("printer", eur("300.00"))))
        .payOff(LocalDate.of(2018, 3, 20));

    assertThat(lease.asOf(LocalDate.of(2018, 2, 19)).amendments()).isEmpty();
    assertThat(lease.asOf(LocalDate.of(2018, 2, 19)).instalments()).hasSize(3);
    assertThat(lease.asOf(LocalDate.of(2018, 3, 19)).payoff()).isEmpty();
    assertThat(lease.version()).isZero();
    assertThat(lease.payoff()).map(Payoff::amount).contains(eur("554.73"));
  }

  @Test
  void restore_fromTheTermsAndHistory_givesBackTheSameLease() {
    Lease lease = laptopAndScreen()
        .amend(new AddedEquipment(LocalDate.of(2018, 2, 20), Equipment.of("printer", eur("300.00"))))
        .payOff(LocalDate.of(2018, 3, 20)).withVersion(4);

    assertThat(Lease.restore(lease.id(), lease.entity(), lease.activity(), lease.equipment(), lease.annualRate(), lease.months(),
        lease.startDate(), lease.amendments(), lease.payoff().orElseThrow(), 4)).isEqualTo(lease);
    assertThatThrownBy(() -> Lease.restore(lease.id(), lease.entity(), lease.activity(), lease.equipment(), lease.annualRate(),
        lease.months(), lease.startDate(), lease.amendments(), new Payoff(LocalDate.of(2018, 3, 20), eur("554.74")), 4))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("leave EUR 554.73");
  }

  @Test
  void changesToAnEndedLease_areRefused() {
    Lease paidOff = laptopAndScreen().payOff(LocalDate.of(2018, 3, 1));
    assertThatThrownBy(() -> paidOff.payOff(LocalDate.of(2018, 3, 2)))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageEndingWith("was paid off on 2018-03-01");

    assertThatThrownBy(() -> laptopAndScreen().amend(new NewTerm(LocalDate.of(2018, 4, 15), 6)))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageEndingWith("was repaid by its last instalment, due 2018-04-15")
        .satisfies(e -> assertThat(((BusinessRuleException) e).rule()).isEqualTo(Lease.LEASE_ENDED));
  }

  @Test
  void changesBackInTime_areRefusedNamingTheDate() {
    assertThatThrownBy(() -> laptopAndScreen().payOff(LocalDate.of(2018, 1, 14)))
        .isInstanceOf(ValidationException.class)
        .hasMessage("date: must not be before the start of the lease, 2018-01-15: 2018-01-14");

    Lease amended = laptopAndScreen().amend(new NewTerm(LocalDate.of(2018, 2, 20), 6));
    assertThatThrownBy(() -> amended.amend(new NewTerm(LocalDate.of(2018, 2, 19), 4)))
        .isInstanceOf(ValidationException.class)
        .hasMessage("signedOn: must not be before its last amendment, 2018-02-20: 2018-02-19");
  }

  @Test
  void newTermOutsideOneTo120Months_isRefused() {
    assertThatThrownBy(() -> new NewTerm(LocalDate.of(2018, 2, 20), 121))
        .isInstanceOf(ValidationException.class)
        .hasMessage("remainingMonths: must be between 1 and 120 months: 121");
  }

  @Test
  void addedEquipmentInAnotherCurrency_isRefused() {
    assertThatThrownBy(() -> laptopAndScreen().amend(new AddedEquipment(LocalDate.of(2018, 2, 20), Equipment.of("lens", Money.parse("SEK 900.00")))))
        .isInstanceOf(ValidationException.class)
        .hasMessage("equipment.price.currency: must be EUR, the currency of lease " + ID + ", not SEK");
  }

  @Test
  void negativeRate_isRefusedNamingTheValue() {
    assertThatThrownBy(() -> Lease.quote(BE, eur("1000.00"), new BigDecimal("-0.01"), 12, JANUARY_15_2018))
        .isInstanceOf(ValidationException.class)
        .hasMessage("annualRate: must not be negative: -0.01");
  }

  @Test
  void rateInPercent_isRefusedAsMoreThanTheWhole() {
    assertThatThrownBy(() -> Lease.quote(BE, eur("1000.00"), new BigDecimal("8"), 12, JANUARY_15_2018))
        .isInstanceOf(ValidationException.class)
        .hasMessage("annualRate: must be a fraction of one (0.08 for 8 %), at most 1: 8");
  }

  @Test
  void principalInAnotherCurrencyThanTheEntitys_isRefused() {
    assertThatThrownBy(() -> Lease.quote(BE, Money.parse("SEK 1000.00"), null, 12, JANUARY_15_2018))
        .isInstanceOf(ValidationException.class)
        .hasMessage("principal.currency: must be EUR, the currency of BE, not SEK");
    assertThatThrownBy(() -> Lease.sign(ID, BE, ACTIVITY, List.of(Equipment.of("lens", Money.parse("USD 10.00"))), JANUARY_15_2018, null, 12))
        .isInstanceOf(ValidationException.class)
        .hasMessage("equipment[0].price.currency: must be EUR, the currency of BE, not USD");
  }

  @Test
  void nonPositivePriceOrPrincipal_isRefused() {
    assertThatThrownBy(() -> Equipment.of("cable", eur("0.00")))
        .isInstanceOf(ValidationException.class)
        .hasMessage("price: must be positive: EUR 0.00");
    assertThatThrownBy(() -> Lease.quote(BE, eur("-5.00"), null, 12, JANUARY_15_2018))
        .isInstanceOf(ValidationException.class)
        .hasMessage("principal: must be positive: EUR -5.00");
    assertThatThrownBy(() -> Lease.sign(ID, BE, ACTIVITY, List.of(), JANUARY_15_2018, null, 12))
        .isInstanceOf(ValidationException.class)
        .hasMessage("equipment: must hold at least one item");
  }

  @Test
  void termOfZeroOrOver120Months_isRefused() {
    assertThatThrownBy(() -> Lease.quote(BE, eur("1000.00"), null, 0, JANUARY_15_2018))
        .isInstanceOf(ValidationException.class)
        .hasMessage("months: must be between 1 and 120 months: 0");
    assertThatThrownBy(() -> Lease.quote(BE, eur("1000.00"), null, 121, JANUARY_15_2018))
        .isInstanceOf(ValidationException.class)
        .hasMessage("months: must be between 1 and 120 months: 121");
  }

  @Test
  void entityWithoutLeasing_isRefusedNamingTheEntity() {
    NationalEntity spain = CATALOG.entity("ES");
    assertThatThrownBy(() -> Lease.sign(ID, spain, ACTIVITY, List.of(Equipment.of("van", eur("9000.00"))), JANUARY_15_2018, null, 24))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageStartingWith("ES (SMart Spain) does not offer EQUIPMENT_LEASING");
  }

  @Test
  void startBeforeTheEntitysLeasingRules_isRefused() {
    assertThatThrownBy(() -> Lease.quote(BE, eur("1000.00"), new BigDecimal("0.05"), 12, LocalDate.of(2016, 12, 31)))
        .isInstanceOf(ValidationException.class)
        .hasMessage("startDate: must not be before 2017-01-01, when the rules of BE (SMart Belgium) start to apply: 2016-12-31");
  }

  @Test
  void franceLeasesToo() {
    AmortisationSchedule quote = Lease.quote(CATALOG.entity("FR"), eur("23639.00"), null, 24, LocalDate.of(2017, 9, 1));
    assertThat(quote.rows()).hasSize(24);
    assertThat(quote.annualRate()).isEqualTo(Rate.parse("0.08"));
  }

  @Test
  void aLeaseEqualsOnlyTheSameLeaseAtTheSameVersion() {
    Lease lease = laptopAndScreen();
    assertThat(lease.withVersion(3).version()).isEqualTo(3);
    Lease laptopOnly = Lease.sign(ID, BE, ACTIVITY, List.of(Equipment.of("laptop", eur("950.00"))), JANUARY_15_2018, new BigDecimal("0.12"), 3);
    assertThat(lease).isEqualTo(laptopAndScreen()).isNotEqualTo(lease.withVersion(3)).isNotEqualTo(laptopOnly);
  }

  @Test
  void explainedQuote_citesTheDefaultRateRow_onlyWhenTheLeaseSetsNone() {
    Trace.Recorded byDefault = Trace.recorded();
    Lease.quote(BE, eur("3596.65"), null, 14, JANUARY_15_2018, byDefault);
    assertThat(byDefault.explanation().get(0).rules()).extracting(RuleRow::section, RuleRow::key, RuleRow::value)
        .containsExactly(tuple("leasing", "defaultAnnualRate", "0.08"));
    assertThat(byDefault.explanation().get(1).rules()).as("row 1 interest").hasSize(1);
    Trace.Recorded ownRate = Trace.recorded();
    Lease.quote(BE, eur("3596.65"), new BigDecimal("0.08"), 14, JANUARY_15_2018, ownRate);
    assertThat(ownRate.explanation()).allSatisfy(line -> assertThat(line.rules()).isEmpty());
    assertThat(ownRate.explanation()).extracting(ExplainedFigure::computation)
        .isEqualTo(byDefault.explanation().stream().map(ExplainedFigure::computation).toList());
  }
}

