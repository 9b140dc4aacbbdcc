package coop.smart.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.activity.ActivityId;
import coop.smart.core.client.ClientId;
import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.entity.Trace;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.error.ValidationException;
import coop.smart.core.member.Member;
import coop.smart.core.member.PersonKind;
import coop.smart.core.member.ShareCategory;
import coop.smart.core.money.Rate;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class ContractTest {

  private static final NationalEntity BE = EntityCatalog.standard().entity("BE");
  private static final Member ALICE = Member.join(EntityCode.of("BE"), PersonKind.NATURAL_PERSON, "Alice");
  private static final ClientId CLIENT = ClientId.random();

  private static ContractTerms terms(ContractType type, String start, String end, List<WorkDay> days, String invoiced) {
    return new ContractTerms(ALICE.id(), CLIENT, null, type, "ASSOCIATED_PRODUCTIONS", HolderKind.INDIVIDUAL,
        LocalDate.parse(start), LocalDate.parse(end), days, Money.parse("EUR " + invoiced), null, Rate.parse("0.11"));
  }

  private static Contract julyContract() {
    return Contract.draft(BE, terms(ContractType.EMPLOYEE, "2017-07-10", "2017-07-14", List.of(WorkDay.of("2017-07-14", "8")), "1000.00"));
  }

  @Test
  void draft_computesPayAndPaymentDate() {
    Contract contract = julyContract().declare(BE, ALICE, 0, LocalDate.of(2017, 7, 14));
    ContractPay pay = contract.pay(BE, QuotaUsage.NONE);
    assertThat(pay.breakdown().net()).isEqualTo(Money.parse("EUR 478.27"));
    assertThat(pay.payment().paymentDate()).isEqualTo(LocalDate.of(2017, 7, 24));
    assertThat(pay.split()).isNull();
  }

  @Test
  void lifecycle_runsDraftDeclaredInvoicedPaid() {
    Contract contract = julyContract();
    assertThat(contract.status()).isEqualTo(ContractStatus.DRAFT);
    Contract paid = contract.declare(BE, ALICE, 0, LocalDate.of(2017, 7, 14)).invoiced().paid();
    assertThat(paid.status()).isEqualTo(ContractStatus.PAID);
    assertThat(paid.declaredOn()).isEqualTo(LocalDate.of(2017, 7, 14));
  }

  @Test
  void illegalTransitions_areRefused() {
    Contract draft = julyContract();
    assertThatThrownBy(draft::invoiced)
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("is DRAFT; it cannot become INVOICED");
    Contract paid = draft.declare(BE, ALICE, 0, LocalDate.of(2017, 7, 14)).invoiced().paid();
    assertThatThrownBy(paid::cancel)
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("is PAID; it cannot become CANCELLED");
    assertThatThrownBy(() -> draft.cancel().cancel()).hasMessageContaining("is CANCELLED; it cannot become CANCELLED");
  }

  @Test
  void eachStepHappensOnce_andInOrder() {
    Contract declared = julyContract().declare(BE, ALICE, 0, LocalDate.of(2017, 7, 14));
    assertThatThrownBy(() -> declared.declare(BE, ALICE, 0, LocalDate.of(2017, 7, 14)))
        .hasMessageContaining("is DECLARED; it cannot become DECLARED");
    assertThatThrownBy(declared::paid).hasMessageContaining("is DECLARED; it cannot become PAID");
    assertThatThrownBy(() -> julyContract().paid()).hasMessageContaining("is DRAFT; it cannot become PAID");
  }

  @Test
  void holderLeftOut_isAnIndividual_andNegativeExpensesAreRefusedByName() {
    ContractTerms terms = terms(ContractType.EMPLOYEE, "2017-07-10", "2017-07-14", List.of(WorkDay.of("2017-07-14", "8")), "1000.00");
    ContractTerms noHolder = new ContractTerms(terms.member(), terms.client(), null, terms.type(), terms.structure(), null, terms.start(),
        terms.end(), terms.workDays(), terms.invoicedAmount(), null, terms.withholdingRate());
    assertThat(Contract.draft(BE, noHolder).holder()).isEqualTo(HolderKind.INDIVIDUAL);
    ContractTerms negative = new ContractTerms(terms.member(), terms.client(), null, terms.type(), terms.structure(), null, terms.start(),
        terms.end(), terms.workDays(), terms.invoicedAmount(), Money.parse("EUR -1.00"), terms.withholdingRate());
    assertThatThrownBy(() -> Contract.draft(BE, negative))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).errors()).containsOnlyKeys("expenses"));
  }

  @Test
  void fourthContractWithoutAShare_isRefused_untilTheMemberBuysOne() {
    Contract fourth = julyContract();
    assertThatThrownBy(() -> fourth.declare(BE, ALICE, 3, LocalDate.of(2017, 7, 14)))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessage("Alice has declared 3 contracts without holding a share; BE allows 3, so contract 4 needs a cooperative share");
    Member shareholder = ALICE.buyShares(1, ShareCategory.A);
    assertThat(fourth.declare(BE, shareholder, 3, LocalDate.of(2017, 7, 14)).status()).isEqualTo(ContractStatus.DECLARED);
  }

  @Test
  void contractThroughAnActivity_needsAShareFromTheFirst() {
    ContractTerms base = terms(ContractType.EMPLOYEE, "2017-07-10", "2017-07-14", List.of(WorkDay.of("2017-07-14", "8")), "1000.00");
    Contract viaActivity = Contract.draft(BE, new ContractTerms(base.member(), base.client(), ActivityId.random(), base.type(),
        base.structure(), base.holder(), base.start(), base.end(), base.workDays(), base.invoicedAmount(), null, base.withholdingRate()));
    assertThatThrownBy(() -> viaActivity.declare(BE, ALICE, 0, LocalDate.of(2017, 7, 14)))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessage("Alice holds no cooperative share; BE reserves INVOICE_THROUGH_ACTIVITY to shareholders");
  }

  @Test
  void contractLongerThanAMonth_isRefused() {
    assertThatThrownBy(() -> Contract.draft(BE, terms(ContractType.EMPLOYEE, "2017-07-01", "2017-08-01",
        List.of(WorkDay.of("2017-07-03", "8")), "100.00")))
        .isInstanceOf(ValidationException.class)
        .hasMessage("end: a contract lasts from one day to P1M (ISO-8601): 2017-07-01 to 2017-08-01 is longer");
    assertThat(Contract.draft(BE, terms(ContractType.EMPLOYEE, "2017-07-01", "2017-07-31",
        List.of(WorkDay.of("2017-07-03", "8")), "100.00")).end()).isEqualTo(LocalDate.of(2017, 7, 31));
  }

  @Test
  void workDayOutsideThePeriod_isRefusedNamingTheDay() {
    assertThatThrownBy(() -> Contract.draft(BE, terms(ContractType.EMPLOYEE, "2017-07-10", "2017-07-14",
        List.of(WorkDay.of("2017-07-14", "8"), WorkDay.of("2017-07-17", "8")), "100.00")))
        .isInstanceOf(ValidationException.class)
        .hasMessage("workDays[1].date: 2017-07-17 is outside the contract period 2017-07-10 to 2017-07-14");
  }

  @Test
  void everyInvalidFieldIsReportedAtOnce() {
    ContractTerms bad = new ContractTerms(ALICE.id(), null, null, ContractType.EMPLOYEE, "STUDIO", null,
        LocalDate.parse("2017-07-14"), LocalDate.parse("2017-07-10"), List.of(), Money.parse("EUR -5.00"), null, null);
    assertThatThrownBy(() -> Contract.draft(BE, bad))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).errors())
            .containsOnlyKeys("client", "structure", "end", "workDays", "invoicedAmount", "withholdingRate"));
  }

  @Test
  void expensesLargerThanWhatRemainsAfterTheFee_areRefused() {
    ContractTerms base = terms(ContractType.EMPLOYEE, "2017-07-10", "2017-07-14", List.of(WorkDay.of("2017-07-14", "8")), "100.00");
    assertThatThrownBy(() -> Contract.draft(BE, new ContractTerms(base.member(), base.client(), null, base.type(), base.structure(),
        base.holder(), base.start(), base.end(), base.workDays(), base.invoicedAmount(), Money.parse("EUR 95.00"), base.withholdingRate())))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageStartingWith("expenses exceed what remains after the fee");
  }

  @Test
  void contractTypeTheEntityDoesNotOffer_isRefused() throws IOException {
    try (var loader = new URLClassLoader(new URL[] {getClass().getResource("/embedder/")}, getClass().getClassLoader())) {
      NationalEntity luxembourg = EntityCatalog.load(loader).entity("LU");
      ContractTerms student = new ContractTerms(ALICE.id(), CLIENT, null, ContractType.STUDENT, null, HolderKind.INDIVIDUAL,
          LocalDate.parse("2021-07-10"), LocalDate.parse("2021-07-14"), List.of(WorkDay.of("2021-07-14", "8")),
          Money.parse("EUR 100.00"), null, Rate.parse("0.1"));
      assertThatThrownBy(() -> Contract.draft(luxembourg, student))
          .isInstanceOf(ValidationException.class)
          .hasMessage("contractType: STUDENT is not a contract type of LU (offered: [EMPLOYEE])");
    }
  }

  @Test
  void structureMustBeOneOfTheEntitys() {
    ContractTerms base = terms(ContractType.EMPLOYEE, "2017-07-10", "2017-07-14", List.of(WorkDay.of("2017-07-14", "8")), "100.00");
    assertThatThrownBy(() -> Contract.draft(BE, new ContractTerms(base.member(), base.client(), null, base.type(), "STUDIO",
        base.holder(), base.start(), base.end(), base.workDays(), base.invoicedAmount(), null, base.withholdingRate())))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("structure: 'STUDIO' is not a structure of BE");
  }

  @Test
  void studentQuota_isCountedAcrossTheMembersContracts() {
    // Twelve contracts of 40 hours: 480 hours, so the twelfth crosses the 475-hour quota by 5.
    List<Contract> year = new ArrayList<>();
    for (int month = 1; month <= 12; month++) {
      LocalDate day = LocalDate.of(2017, month, 10);
      Contract contract = Contract.draft(BE, terms(ContractType.STUDENT, day.toString(), day.plusDays(4).toString(),
          List.of(new WorkDay(day, new BigDecimal("8")), new WorkDay(day.plusDays(1), new BigDecimal("8")),
              new WorkDay(day.plusDays(2), new BigDecimal("8")), new WorkDay(day.plusDays(3), new BigDecimal("8")),
              new WorkDay(day.plusDays(4), new BigDecimal("8"))), "400.00"));
      ContractPay pay = contract.pay(BE, QuotaUsage.of(year, ContractType.STUDENT));
      year.add(contract.declare(BE, ALICE.buyShares(1, ShareCategory.A), year.size(), day));
      if (month < 12) {
        assertThat(pay.split().crossesQuota()).as("contract %d", month).isFalse();
      } else {
        assertThat(pay.split()).isEqualTo(new QuotaSplit(new BigDecimal("35"), new BigDecimal("5")));
        assertThat(pay.breakdown().parts()).extracting(PayPart::ratesOf).containsExactly(ContractType.STUDENT, ContractType.EMPLOYEE);
      }
    }
    assertThat(QuotaUsage.of(year, ContractType.STUDENT).hoursIn(2017)).isEqualByComparingTo("480");
  }

  @Test
  void cancelledContracts_doNotUseTheQuota() {
    Contract cancelled = Contract.draft(BE, terms(ContractType.STUDENT, "2017-07-10", "2017-07-14",
        List.of(WorkDay.of("2017-07-14", "8")), "100.00")).cancel();
    assertThat(QuotaUsage.of(List.of(cancelled), ContractType.STUDENT).hoursIn(2017)).isEqualByComparingTo("0");
  }

  @Test
  void studentQuota_before_countsTheBindingContractsListedBeforeTheContract() {
    // 470 hours declared from January to May, a 10-hour draft in June, then 8 more hours declared in July.
    Member alice = ALICE.buyShares(1, ShareCategory.A);
    List<Contract> year = new ArrayList<>();
    for (int month = 1; month <= 5; month++) {
      LocalDate start = LocalDate.of(2017, month, 2);
      year.add(student(start, month < 5 ? 10 : 7, "10").declare(BE, alice, year.size(), start));
    }
    Contract june = student(LocalDate.of(2017, 6, 5), 1, "10");
    year.add(june);
    Contract july = student(LocalDate.of(2017, 7, 3), 1, "8").declare(BE, alice, year.size(), LocalDate.of(2017, 7, 3));
    year.add(july);

    assertThat(QuotaUsage.before(year, june).hoursIn(2017)).isEqualByComparingTo("470");
    assertThat(june.pay(BE, QuotaUsage.before(year, june)).split()).isEqualTo(new QuotaSplit(new BigDecimal("5"), new BigDecimal("5")));
    assertThat(QuotaUsage.before(year, july).hoursIn(2017)).as("the draft uses no quota").isEqualByComparingTo("470");
    assertThatThrownBy(() -> QuotaUsage.before(year.subList(0, 5), june)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void negativeExpenses_areReportedWithTheOtherInvalidFields() {
    ContractTerms base = terms(ContractType.EMPLOYEE, "2017-07-10", "2017-07-14", List.of(WorkDay.of("2017-07-14", "8")), "1000.00");
    ContractTerms bad = new ContractTerms(base.member(), base.client(), null, base.type(), base.structure(), base.holder(), base.start(),
        base.end(), base.workDays(), base.invoicedAmount(), Money.parse("EUR -1.00"), null);
    assertThatThrownBy(() -> Contract.draft(BE, bad))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).errors()).containsOnlyKeys("expenses", "withholdingRate"));
  }

  @Test
  void refusedStep_namesTheStepsStillOpen_andNoneOnceTheContractIsOver() {
    Contract draft = julyContract();
    assertThatThrownBy(draft::invoiced)
        .hasMessage("contract " + draft.id() + " is DRAFT; it cannot become INVOICED (it can become [DECLARED, CANCELLED])");
    Contract cancelled = draft.cancel();
    assertThatThrownBy(cancelled::paid)
        .hasMessage("contract " + draft.id() + " is CANCELLED; it cannot become PAID");
  }

  @Test
  void contractWithoutClient_isFundedByItsActivitysBudget_paidWithNoFee_andNeverInvoiced() {
    ActivityId theatre = ActivityId.random();
    Contract funded = Contract.draft(BE, new ContractTerms(ALICE.id(), null, theatre, ContractType.ARTIST, "ASSOCIATED_PRODUCTIONS",
        HolderKind.INDIVIDUAL, LocalDate.of(2017, 3, 6), LocalDate.of(2017, 3, 10), List.of(WorkDay.of("2017-03-10", "8")),
        Money.parse("EUR 935.00"), null, Rate.parse("0.11")));
    assertThat(funded.fundedByBudget()).isTrue();
    ContractPay pay = funded.pay(BE, QuotaUsage.NONE);
    assertThat(pay.breakdown().fee()).isEqualTo(Money.parse("EUR 0.00"));
    assertThat(pay.breakdown().employmentBudget()).isEqualTo(Money.parse("EUR 935.00"));
    assertThat(pay.breakdown().gross()).isEqualTo(Money.parse("EUR 618.18"));
    Trace.Recorded trace = Trace.recorded();
    funded.pay(BE, QuotaUsage.NONE, trace);
    assertThat(trace.explanation().get(0).figure()).isEqualTo("employmentBudget");
    assertThat(trace.explanation().get(0).computation()).isEqualTo("935.00 = 935.00");

    Contract declared = funded.declare(BE, shareholder(), 0, LocalDate.of(2017, 3, 10));
    assertThatThrownBy(declared::invoiced)
        .hasMessage("contract " + funded.id() + " is DECLARED; it cannot become INVOICED (it can become [PAID, CANCELLED])");
    assertThat(declared.paid().status()).isEqualTo(ContractStatus.PAID);
    assertThat(julyContract().fundedByBudget()).isFalse();
  }

  @Test
  void aSalaryRunAwaitsAContract_onceInvoiced_orOnceDeclaredWhenItsBudgetFundsIt_untilPaid() {
    Contract invoicedToAClient = julyContract();
    Contract declared = invoicedToAClient.declare(BE, ALICE, 0, LocalDate.of(2017, 7, 14));
    assertThat(List.of(invoicedToAClient, declared, declared.invoiced().paid(), invoicedToAClient.cancel()))
        .noneMatch(Contract::awaitsSalary);
    assertThat(declared.invoiced().awaitsSalary()).isTrue();
    Contract funded = Contract.draft(BE, new ContractTerms(ALICE.id(), null, ActivityId.random(), ContractType.ARTIST,
        "ASSOCIATED_PRODUCTIONS", HolderKind.INDIVIDUAL, LocalDate.of(2017, 3, 6), LocalDate.of(2017, 3, 10),
        List.of(WorkDay.of("2017-03-10", "8")), Money.parse("EUR 935.00"), null, Rate.parse("0.11")));
    Contract fundedDeclared = funded.declare(BE, shareholder(), 0, LocalDate.of(2017, 3, 10));
    assertThat(funded.awaitsSalary()).isFalse();
    assertThat(fundedDeclared.awaitsSalary()).isTrue();
    assertThat(fundedDeclared.paid().awaitsSalary()).isFalse();
  }

  @Test
  void contractWithNeitherClientNorActivity_orFundedWithExpenses_isRefusedByName() {
    ContractTerms terms = terms(ContractType.EMPLOYEE, "2017-07-10", "2017-07-14", List.of(WorkDay.of("2017-07-14", "8")), "1000.00");
    ContractTerms nobody = new ContractTerms(terms.member(), null, null, terms.type(), terms.structure(), null, terms.start(),
        terms.end(), terms.workDays(), terms.invoicedAmount(), null, terms.withholdingRate());
    assertThatThrownBy(() -> Contract.draft(BE, nobody))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).errors()).containsOnlyKeys("client"));
    ContractTerms fundedWithExpenses = new ContractTerms(terms.member(), null, ActivityId.random(), terms.type(), terms.structure(), null,
        terms.start(), terms.end(), terms.workDays(), terms.invoicedAmount(), Money.parse("EUR 10.00"), terms.withholdingRate());
    assertThatThrownBy(() -> Contract.draft(BE, fundedWithExpenses))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).errors()).containsOnlyKeys("expenses"));
  }

  private static Member shareholder() {
    return ALICE.buyShares(1, ShareCategory.A);
  }

  @Test
  void hours_addUpTheDaysWorked() {
    Contract week = Contract.draft(BE, terms(ContractType.EMPLOYEE, "2017-07-10", "2017-07-14",
        List.of(WorkDay.of("2017-07-10", "7.5"), WorkDay.of("2017-07-12", "4"), WorkDay.of("2017-07-14", "0.25")), "600.00"));
    assertThat(week.hours()).isEqualByComparingTo("11.75");
    assertThat(week.worksOn(LocalDate.of(2017, 7, 12))).isTrue(); // Wed
    assertThat(week.worksOn(LocalDate.of(2017, 7, 11))).isFalse(); // Tue
  }

  @Test
  void withVersion_keepsEverythingButTheVersion() {
    Contract declared = julyContract().declare(BE, ALICE, 0, LocalDate.of(2017, 7, 14));
    Contract stored = declared.withVersion(3);
    assertThat(stored.version()).isEqualTo(3);
    assertThat(stored.withVersion(declared.version())).isEqualTo(declared);
    assertThat(ContractId.parse(declared.id().toString())).isEqualTo(declared.id());
  }

  /** A student contract of {@code days} consecutive days from {@code start}, each of {@code hours} hours. */
  private static Contract student(LocalDate start, int days, String hours) {
    List<WorkDay> worked = start.datesUntil(start.plusDays(days)).map(day -> new WorkDay(day, new BigDecimal(hours))).toList();
    return Contract.draft(BE, terms(ContractType.STUDENT, start.toString(), start.plusDays(days - 1).toString(), worked, "400.00"));
  }
}
