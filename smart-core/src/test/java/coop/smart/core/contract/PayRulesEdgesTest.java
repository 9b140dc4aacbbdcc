package coop.smart.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.error.ValidationException;
import coop.smart.core.money.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/**
 * R3 at its edges, with Belgian figures computed by hand: the reverse search where the exact
 * rates' first guess misses the smallest invoice, a salary paid from an activity's budget, and a
 * student contract whose hours all lie beyond the quota.
 */
class PayRulesEdgesTest {

  private static final NationalEntity BE = EntityCatalog.standard().entity("BE");
  private static final LocalDate JULY_2017 = LocalDate.of(2017, 7, 14);
  private static final Money NONE = eur("0.00");

  private static PayRules rules(ContractType type) {
    return PayRules.of(BE, type, HolderKind.INDIVIDUAL, JULY_2017);
  }

  private static Money eur(String amount) {
    return Money.parse("EUR " + amount);
  }

  @Test
  void rules_sayWhichFeeAndRatesTheyApply() {
    PayRules employee = rules(ContractType.EMPLOYEE);
    assertThat(employee.feeRate()).isEqualTo(Rate.parse("0.065"));
    assertThat(employee.holder()).isEqualTo(HolderKind.INDIVIDUAL);
    assertThat(employee).hasToString("pay rules of BE for EMPLOYEE on 2017-07-14: fee 0.065, " + employee.parameters());
  }

  @Test
  void reverse_exactRatesAskTooMuch_walksDownToTheSmallestInvoice() {
    // The exact rates ask 999.61 for a net of 402.88 at 25 %; rounding lets less reach it.
    // 999.59: fee half-up(64.97335) = 64.97; budget 934.62; gross down(617.9306) = 617.93;
    //   employee half-up(80.763451) = 80.76; taxable 537.17; tax half-up(134.2925) = 134.29; net 402.88.
    // 999.58: budget 934.61; gross down(617.9240) = 617.92; employee 80.76; taxable 537.16; tax 134.29; net 402.87.
    PayRules employee = rules(ContractType.EMPLOYEE);
    PayBreakdown pay = employee.reverse(eur("402.88"), NONE, Rate.parse("0.25"), null);
    assertThat(pay.invoicedAmount()).isEqualTo(eur("999.59"));
    assertThat(pay.net()).isEqualTo(eur("402.88"));
    assertThat(employee.forward(eur("999.58"), NONE, Rate.parse("0.25")).net()).isEqualTo(eur("402.87"));
  }

  @Test
  void reverse_exactRatesAskTooLittle_climbsToTheSmallestInvoice() {
    // The exact rates ask 1,195.91 for a net of 482.00 at 25 %; rounding needs three cents more.
    // 1,195.94: fee half-up(77.7361) = 77.74; budget 1,118.20; gross down(739.3058) = 739.30;
    //   employee half-up(96.62651) = 96.63; taxable 642.67; tax half-up(160.6675) = 160.67; net 482.00.
    // 1,195.93: budget 1,118.19; gross down(739.2991) = 739.29; employee 96.63; taxable 642.66; tax 160.67; net 481.99.
    PayRules employee = rules(ContractType.EMPLOYEE);
    PayBreakdown pay = employee.reverse(eur("482.00"), NONE, Rate.parse("0.25"), null);
    assertThat(pay.invoicedAmount()).isEqualTo(eur("1195.94"));
    assertThat(pay.net()).isEqualTo(eur("482.00"));
    assertThat(employee.forward(eur("1195.93"), NONE, Rate.parse("0.25")).net()).isEqualTo(eur("481.99"));
  }

  @Test
  void reverse_targetBeyondTheLargestInvoice_isRefused() {
    // Ten thousand billion euros, the largest invoice searched, leave about 4,030 billion net at 25 %: 5,000 billion is out of reach.
    PayRules employee = rules(ContractType.EMPLOYEE);
    assertThatThrownBy(() -> employee.reverse(eur("5000000000000.00"), NONE, Rate.parse("0.25"), null))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessage("no invoiced amount up to EUR 10000000000000.00 yields EUR 5000000000000.00 under " + employee)
        .extracting(e -> ((BusinessRuleException) e).rule()).isEqualTo(PayRules.TARGET_UNREACHABLE);
  }

  @Test
  void reverse_withoutAWithholdingRate_isRefusedNamingTheField() {
    assertThatThrownBy(() -> rules(ContractType.EMPLOYEE).reverse(eur("100.00"), NONE, null, null))
        .isInstanceOf(ValidationException.class)
        .hasMessage("withholdingRate: is required");
  }

  @Test
  void fromBudget_paysStepsThreeToEight_withoutFeeOrExpenses() {
    // The budget of employee_thousandEuros: gross down(618.1818) = 618.18; employee 80.80; taxable 537.38; tax 59.11.
    PayBreakdown pay = rules(ContractType.EMPLOYEE).fromBudget(eur("935.00"), Rate.parse("0.11"), null);
    assertThat(pay.invoicedAmount()).isEqualTo(eur("935.00"));
    assertThat(pay.fee()).isEqualTo(NONE);
    assertThat(pay.expenses()).isEqualTo(NONE);
    assertThat(pay.gross()).isEqualTo(eur("618.18"));
    assertThat(pay.employerContributions()).isEqualTo(eur("316.82"));
    assertThat(pay.net()).isEqualTo(eur("478.27"));
  }

  @Test
  void fromBudget_withholdingRateOutsideTheRange_isRefusedNamingTheField() {
    assertThatThrownBy(() -> rules(ContractType.EMPLOYEE).fromBudget(eur("935.00"), Rate.parse("0.51"), null))
        .isInstanceOf(ValidationException.class)
        .hasMessage("withholdingRate: 0.51 is outside the range BE allows for EMPLOYEE contracts (0 to 0.5)");
  }

  @Test
  void student_everyHourBeyondTheQuota_isOnePartAtEmployeeRates() {
    // fee 19.50; budget 280.50 all beyond: gross down(280.50 / 1.5125 = 185.4545) = 185.45; employer 95.05;
    // employee half-up(185.45 × 0.1307 = 24.2383) = 24.24; taxable and net 161.21.
    PayBreakdown pay = rules(ContractType.STUDENT).forward(eur("300.00"), NONE, Rate.parse("0"),
        new QuotaSplit(BigDecimal.ZERO, new BigDecimal("8")));
    assertThat(pay.parts()).singleElement().satisfies(part -> {
      assertThat(part.ratesOf()).isEqualTo(ContractType.EMPLOYEE);
      assertThat(part.hours()).isEqualByComparingTo("8");
      assertThat(part.employmentBudget()).isEqualTo(eur("280.50"));
    });
    assertThat(pay.gross()).isEqualTo(eur("185.45"));
    assertThat(pay.employerContributions()).isEqualTo(eur("95.05"));
    assertThat(pay.employeeContributions()).isEqualTo(eur("24.24"));
    assertThat(pay.net()).isEqualTo(eur("161.21"));
  }
}
