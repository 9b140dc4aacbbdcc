package coop.smart.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.ExplainedFigure;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.HourQuota;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.entity.RuleRow;
import coop.smart.core.entity.Trace;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.error.ValidationException;
import coop.smart.core.money.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** R3 with Belgian figures computed by hand. */
class PayComputationTest {

  private static final NationalEntity BE = EntityCatalog.standard().entity("BE");
  private static final LocalDate JULY_2017 = LocalDate.of(2017, 7, 14);

  private static PayRules rules(ContractType type) {
    return PayRules.of(BE, type, HolderKind.INDIVIDUAL, JULY_2017);
  }

  private static Money eur(String amount) {
    return Money.parse("EUR " + amount);
  }

  @Test
  void employee_thousandEuros() {
    // fee 6.5% = 65.00; budget 935.00; gross = down(935 / 1.5125 = 618.1818) = 618.18; employer 316.82;
    // employee = half-up(618.18 × 0.1307 = 80.796) = 80.80; taxable 537.38; tax = half-up(537.38 × 0.11 = 59.1118) = 59.11.
    PayBreakdown pay = rules(ContractType.EMPLOYEE).forward(eur("1000.00"), eur("0.00"), Rate.parse("0.11"));
    assertThat(pay.fee()).isEqualTo(eur("65.00"));
    assertThat(pay.employmentBudget()).isEqualTo(eur("935.00"));
    assertThat(pay.gross()).isEqualTo(eur("618.18"));
    assertThat(pay.employerContributions()).isEqualTo(eur("316.82"));
    assertThat(pay.employeeContributions()).isEqualTo(eur("80.80"));
    assertThat(pay.taxable()).isEqualTo(eur("537.38"));
    assertThat(pay.withholdingTax()).isEqualTo(eur("59.11"));
    assertThat(pay.net()).isEqualTo(eur("478.27"));
    assertThat(pay.parts()).singleElement().satisfies(part -> assertThat(part.ratesOf()).isEqualTo(ContractType.EMPLOYEE));
  }

  @Test
  void employeeContributions_roundHalfUp_evenOnAnEvenCent() {
    // fee half-up(78.8601) = 78.86; budget 1,134.38; gross = down(750.0033) = 750.00;
    // employee = half-up(750.00 × 0.1307 = 98.025) = 98.03 (half-even or down would give 98.02).
    PayBreakdown pay = rules(ContractType.EMPLOYEE).forward(eur("1213.24"), eur("0.00"), Rate.parse("0.25"));
    assertThat(pay.gross()).isEqualTo(eur("750.00"));
    assertThat(pay.employeeContributions()).isEqualTo(eur("98.03"));
    assertThat(pay.taxable()).isEqualTo(eur("651.97"));
    assertThat(pay.withholdingTax()).isEqualTo(eur("162.99")); // 162.9925
    assertThat(pay.net()).isEqualTo(eur("488.98"));
  }

  @Test
  void withholdingTax_roundsHalfUp_evenOnAnEvenCent() {
    // taxable 537.38 (employee_thousandEuros); tax = half-up(537.38 × 0.25 = 134.345) = 134.35 (half-even or down: 134.34).
    PayBreakdown pay = rules(ContractType.EMPLOYEE).forward(eur("1000.00"), eur("0.00"), Rate.parse("0.25"));
    assertThat(pay.taxable()).isEqualTo(eur("537.38"));
    assertThat(pay.withholdingTax()).isEqualTo(eur("134.35"));
    assertThat(pay.net()).isEqualTo(eur("403.03"));
  }

  @Test
  void explanation_givesEachFiguresArithmeticAndTheRowsItUsed() {
    Trace.Recorded trace = Trace.recorded();
    rules(ContractType.EMPLOYEE).forward(eur("1000.00"), eur("0.00"), Rate.parse("0.11"), null, trace);
    assertThat(trace.explanation()).extracting(ExplainedFigure::figure, ExplainedFigure::computation).containsExactly(
        tuple("fee", "half-up(1000.00 × 0.065) = 65.00"),
        tuple("employmentBudget", "1000.00 − 65.00 − 0.00 = 935.00"),
        tuple("gross", "down(935.00 ÷ 1.5125) = 618.18"),
        tuple("employerContributions", "935.00 − 618.18 = 316.82"),
        tuple("employeeContributions", "half-up(618.18 × 0.1307) = 80.80"),
        tuple("taxable", "618.18 − 80.80 = 537.38"),
        tuple("withholdingTax", "half-up(537.38 × 0.11) = 59.11"),
        tuple("net", "537.38 − 59.11 = 478.27"));
    assertThat(trace.explanation().get(0).rules()).containsExactly(new RuleRow("fee", "INDIVIDUAL", LocalDate.of(2017, 1, 1), "0.065",
        "report 2017: mutualised fee 6.5% of turnover"));
    assertThat(trace.explanation().get(4).rules()).extracting(RuleRow::key, RuleRow::value)
        .containsExactly(tuple("EMPLOYEE.employeeRate", "0.1307"));
  }

  @Test
  void artist_withExpenses() {
    // fee 162.50; budget 2500 − 162.50 − 200 = 2137.50; gross = down(1413.2231) = 1413.22; employer 724.28;
    // employee = half-up(184.7079) = 184.71; taxable 1228.51; tax = half-up(368.553) = 368.55; net 859.96.
    PayBreakdown pay = rules(ContractType.ARTIST).forward(eur("2500.00"), eur("200.00"), Rate.parse("0.30"));
    assertThat(pay.employmentBudget()).isEqualTo(eur("2137.50"));
    assertThat(pay.gross()).isEqualTo(eur("1413.22"));
    assertThat(pay.employerContributions()).isEqualTo(eur("724.28"));
    assertThat(pay.employeeContributions()).isEqualTo(eur("184.71"));
    assertThat(pay.withholdingTax()).isEqualTo(eur("368.55"));
    assertThat(pay.net()).isEqualTo(eur("859.96"));
  }

  @Test
  void student_withinQuota_paysSolidarityContributions() {
    // fee 32.50; budget 467.50; gross = down(467.50 / 1.0542 = 443.4642) = 443.46; employer 24.04;
    // employee = half-up(443.46 × 0.0271 = 12.0178) = 12.02; net 431.44.
    PayBreakdown pay = rules(ContractType.STUDENT).forward(eur("500.00"), eur("0.00"), Rate.parse("0"));
    assertThat(pay.gross()).isEqualTo(eur("443.46"));
    assertThat(pay.employerContributions()).isEqualTo(eur("24.04"));
    assertThat(pay.employeeContributions()).isEqualTo(eur("12.02"));
    assertThat(pay.net()).isEqualTo(eur("431.44"));
  }

  @Test
  void student_crossingTheQuotaMidContract_isSplitByHours() {
    // 472 of 475 hours used: of 12 hours, 3 are within the quota and 9 beyond.
    QuotaSplit split = new QuotaUsage(java.util.Map.of(2017, new BigDecimal("472")))
        .split(new HourQuota(new BigDecimal("475"), ContractType.EMPLOYEE),
            java.util.List.of(WorkDay.of("2017-07-12", "4"), WorkDay.of("2017-07-13", "4"), WorkDay.of("2017-07-14", "4")));
    assertThat(split).isEqualTo(new QuotaSplit(new BigDecimal("3"), new BigDecimal("9")));

    // fee 19.50; budget 280.50 split 3:9 = 70.125 : 210.375 → 70.12 and 210.37, the cent left over to the first (tie)
    // within (student): gross = down(70.13 / 1.0542 = 66.5244) = 66.52, employee = half-up(1.8027) = 1.80, net 64.72
    // beyond (employee): gross = down(210.37 / 1.5125 = 139.0876) = 139.08, employee = half-up(18.1778) = 18.18, net 120.90
    PayBreakdown pay = rules(ContractType.STUDENT).forward(eur("300.00"), eur("0.00"), Rate.parse("0"), split);
    assertThat(pay.parts()).extracting(PayPart::ratesOf).containsExactly(ContractType.STUDENT, ContractType.EMPLOYEE);
    assertThat(pay.parts()).extracting(PayPart::employmentBudget).containsExactly(eur("70.13"), eur("210.37"));
    assertThat(pay.parts()).extracting(PayPart::gross).containsExactly(eur("66.52"), eur("139.08"));
    assertThat(pay.parts()).extracting(PayPart::net).containsExactly(eur("64.72"), eur("120.90"));
    assertThat(pay.gross()).isEqualTo(eur("205.60"));
    assertThat(pay.employerContributions()).isEqualTo(eur("74.90"));
    assertThat(pay.employeeContributions()).isEqualTo(eur("19.98"));
    assertThat(pay.net()).isEqualTo(eur("185.62"));
    assertThat(pay.fee().plus(pay.employerContributions()).plus(pay.gross())).isEqualTo(eur("300.00"));

    Trace.Recorded trace = Trace.recorded();
    rules(ContractType.STUDENT).forward(eur("300.00"), eur("0.00"), Rate.parse("0"), split, trace);
    assertThat(trace.explanation()).extracting(ExplainedFigure::figure, ExplainedFigure::computation).contains(
        tuple("STUDENT gross", "down(70.13 ÷ 1.0542) = 66.52"),
        tuple("EMPLOYEE beyond the quota: gross", "down(210.37 ÷ 1.5125) = 139.08"),
        tuple("gross", "66.52 + 139.08 = 205.60"),
        tuple("net", "64.72 + 120.90 = 185.62"));
  }

  @Test
  void reverse_findsTheSmallestInvoiceForATargetNet() {
    PayRules employee = rules(ContractType.EMPLOYEE);
    PayBreakdown pay = employee.reverse(eur("478.27"), eur("0.00"), Rate.parse("0.11"), null);
    assertThat(pay.net()).isEqualTo(eur("478.27"));
    assertThat(employee.forward(pay.invoicedAmount().minus(eur("0.01")), eur("0.00"), Rate.parse("0.11")).net())
        .isLessThan(eur("478.27"));
    assertThat(pay.invoicedAmount()).isLessThanOrEqualTo(eur("1000.00"));
  }

  @Test
  void reverse_ofZero_isZero() {
    assertThat(rules(ContractType.EMPLOYEE).reverse(eur("0.00"), eur("0.00"), Rate.parse("0.2"), null).invoicedAmount())
        .isEqualTo(eur("0.00"));
  }

  @Test
  void reverse_withExpenses_coversThemFirst() {
    PayBreakdown pay = rules(ContractType.EMPLOYEE).reverse(eur("0.00"), eur("93.50"), Rate.parse("0"), null);
    // 100.00 − fee 6.50 = 93.50: the smallest invoice whose budget is not negative.
    assertThat(pay.invoicedAmount()).isEqualTo(eur("100.00"));
    assertThat(pay.employmentBudget()).isEqualTo(eur("0.00"));
  }

  @Test
  void expensesBeyondWhatRemainsAfterTheFee_areRefused() {
    assertThatThrownBy(() -> rules(ContractType.EMPLOYEE).forward(eur("100.00"), eur("93.51"), Rate.parse("0")))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageStartingWith("expenses exceed what remains after the fee")
        .extracting(e -> ((BusinessRuleException) e).rule()).isEqualTo(PayRules.EXPENSES_EXCEED_BUDGET);
  }

  @Test
  void withholdingRateOutsideTheRange_isRefusedNamingTheField() {
    assertThatThrownBy(() -> rules(ContractType.EMPLOYEE).forward(eur("100.00"), eur("0.00"), Rate.parse("0.51")))
        .isInstanceOf(ValidationException.class)
        .hasMessage("withholdingRate: 0.51 is outside the range BE allows for EMPLOYEE contracts (0 to 0.5)");
  }

  @Test
  void entityWithoutPayrollParameters_isRefused() {
    NationalEntity france = EntityCatalog.standard().entity("FR");
    assertThatThrownBy(() -> PayRules.of(france, ContractType.EMPLOYEE, HolderKind.INDIVIDUAL, JULY_2017))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessage("no payroll parameters configured for FR");
  }

  @Test
  void amountInAnotherCurrency_isRefused() {
    assertThatThrownBy(() -> rules(ContractType.EMPLOYEE).forward(Money.parse("SEK 100.00"), eur("0.00"), Rate.parse("0")))
        .isInstanceOf(ValidationException.class)
        .hasMessage("invoicedAmount.currency: must be EUR, the currency of BE, not SEK");
  }
}
