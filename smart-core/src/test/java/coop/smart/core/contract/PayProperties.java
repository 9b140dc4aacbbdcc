package coop.smart.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import coop.smart.core.calendar.BusinessCalendar;
import coop.smart.core.calendar.CalendarDaysAfter;
import coop.smart.core.calendar.PaymentRule;
import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.Effective;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.HourQuota;
import coop.smart.core.entity.Issuer;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.entity.PayrollParameters;
import coop.smart.core.entity.Timeline;
import coop.smart.core.money.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** R3's invariants over random amounts, rates, withholding, contract types and quota splits. */
class PayProperties {

  private static final LocalDate ON = LocalDate.of(2020, 1, 1);
  private static final EntityCode CODE = EntityCode.of("ZZ");

  /** A random set of rules: fee, payroll rates of a type with a quota and of the type beyond it. */
  record Scenario(PayRules rules, Rate withholding, QuotaSplit split) {
  }

  @Property(tries = 2000)
  void moneyIsConservedToTheCent(@ForAll("scenarios") Scenario scenario, @ForAll @LongRange(min = 0, max = 10_000_000_000L) long invoiced,
                                 @ForAll @IntRange(min = 0, max = 100) int expensesPercent) {
    PayBreakdown pay = forward(scenario, invoiced, expensesPercent);
    Assume.that(pay != null);
    assertThat(pay.fee().plus(pay.expenses()).plus(pay.employerContributions()).plus(pay.gross())).isEqualTo(pay.invoicedAmount());
    assertThat(pay.employeeContributions().plus(pay.withholdingTax()).plus(pay.net())).isEqualTo(pay.gross());
    assertThat(pay.taxable()).isEqualTo(pay.gross().minus(pay.employeeContributions()));
    assertThat(pay.net()).isLessThanOrEqualTo(pay.gross());
    assertThat(pay.gross()).isLessThanOrEqualTo(pay.employmentBudget());
    for (Money amount : List.of(pay.net(), pay.employerContributions(), pay.employeeContributions(), pay.withholdingTax())) {
      assertThat(amount.isNegative()).isFalse();
    }
  }

  @Property(tries = 2000)
  void partsSumToTheWhole(@ForAll("scenarios") Scenario scenario, @ForAll @LongRange(min = 0, max = 10_000_000_000L) long invoiced) {
    PayBreakdown pay = forward(scenario, invoiced, 0);
    Money budget = Money.zero(pay.net().getCurrencyUnit());
    Money net = budget;
    for (PayPart part : pay.parts()) {
      budget = budget.plus(part.employmentBudget());
      net = net.plus(part.net());
      assertThat(part.employerContributions().plus(part.gross())).isEqualTo(part.employmentBudget());
    }
    assertThat(budget).isEqualTo(pay.employmentBudget());
    assertThat(net).isEqualTo(pay.net());
  }

  @Property(tries = 2000)
  void moreInvoicedNeverYieldsLessNet(@ForAll("scenarios") Scenario scenario, @ForAll @LongRange(min = 0, max = 10_000_000_000L) long invoiced,
                                      @ForAll @LongRange(min = 1, max = 100_000) long more) {
    PayBreakdown less = forward(scenario, invoiced, 0);
    PayBreakdown moreInvoiced = forward(scenario, invoiced + more, 0);
    assertThat(moreInvoiced.net()).isGreaterThanOrEqualTo(less.net());
    assertThat(moreInvoiced.gross()).isGreaterThanOrEqualTo(less.gross());
  }

  @Property(tries = 1000)
  void reverseIsTheSmallestInvoiceReachingTheTarget(@ForAll("scenarios") Scenario scenario,
                                                   @ForAll @LongRange(min = 0, max = 1_000_000_000L) long targetNet,
                                                   @ForAll @LongRange(min = 0, max = 100_000) long expenses) {
    CurrencyUnit currency = scenario.rules().currency();
    Money target = Money.ofMinor(currency, targetNet);
    Money costs = Money.ofMinor(currency, expenses);
    PayBreakdown pay = scenario.rules().reverse(target, costs, scenario.withholding(), scenario.split());
    assertThat(pay.net()).isGreaterThanOrEqualTo(target);
    Money oneCentLess = pay.invoicedAmount().minusMinor(1);
    if (!oneCentLess.isNegative() && !oneCentLess.minus(scenario.rules().feeRate().of(oneCentLess, java.math.RoundingMode.HALF_UP)).isLessThan(costs)) {
      assertThat(scenario.rules().forward(oneCentLess, costs, scenario.withholding(), scenario.split()).net()).isLessThan(target);
    }
  }

  private static PayBreakdown forward(Scenario scenario, long invoicedMinor, int expensesPercent) {
    CurrencyUnit currency = scenario.rules().currency();
    Money invoiced = Money.ofMinor(currency, invoicedMinor);
    Money afterFee = invoiced.minus(scenario.rules().feeRate().of(invoiced, java.math.RoundingMode.HALF_UP));
    Money expenses = afterFee.multipliedBy(expensesPercent, java.math.RoundingMode.DOWN).dividedBy(100, java.math.RoundingMode.DOWN);
    return scenario.rules().forward(invoiced, expenses, scenario.withholding(), scenario.split());
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    Arbitrary<Rate> feeRates = rates(0, 300);
    Arbitrary<PayrollParameters> own = Combinators.combine(rates(0, 1500), rates(0, 400))
        .as((employer, employee) -> new PayrollParameters(employer, employee, Rate.parse("0"), Rate.parse("0.5"),
            new HourQuota(new BigDecimal("475"), ContractType.EMPLOYEE)));
    Arbitrary<PayrollParameters> beyond = Combinators.combine(rates(0, 1500), rates(0, 400))
        .as((employer, employee) -> new PayrollParameters(employer, employee, Rate.parse("0"), Rate.parse("0.5"), null));
    Arbitrary<CurrencyUnit> currencies = Arbitraries.of(CurrencyUnit.EUR, CurrencyUnit.of("SEK"), CurrencyUnit.of("HUF"));
    Arbitrary<ContractType> types = Arbitraries.of(ContractType.STUDENT, ContractType.EMPLOYEE);
    Arbitrary<QuotaSplit> splits = Combinators.combine(hours(), hours()).as(QuotaSplit::new).injectNull(0.3);
    return Combinators.combine(feeRates, own, beyond, currencies, types, rates(0, 500), splits)
        .as((fee, student, employee, currency, type, withholding, split) ->
            new Scenario(PayRules.of(entity(currency, fee, student, employee), type, HolderKind.INDIVIDUAL, ON), withholding, split));
  }

  private static Arbitrary<Rate> rates(int minThousandths, int maxThousandths) {
    return Arbitraries.integers().between(minThousandths * 10, maxThousandths * 10).map(n -> new Rate(BigDecimal.valueOf(n, 4)));
  }

  private static Arbitrary<BigDecimal> hours() {
    return Arbitraries.integers().between(0, 400).map(quarterHours -> BigDecimal.valueOf(quarterHours * 25L, 2));
  }

  private static NationalEntity entity(CurrencyUnit currency, Rate fee, PayrollParameters student, PayrollParameters employee) {
    return new NationalEntity(CODE, "test entity", "cooperative", currency, Set.of(), BusinessCalendar.of("BE"), Map.of(),
        Map.of(HolderKind.INDIVIDUAL, timeline("fee", fee), HolderKind.LEGAL_PERSON, timeline("fee", fee)),
        timeline("payment rule", new PaymentRule(new CalendarDaysAfter(7))), null,
        Map.of(ContractType.STUDENT, timeline("student payroll", student), ContractType.EMPLOYEE, timeline("employee payroll", employee)),
        null, null, null, null, null, null, null, Issuer.UNKNOWN, null, Map.of(), Map.of());
  }

  private static <T> Timeline<T> timeline(String rule, T value) {
    return new Timeline<>(CODE, rule, List.of(new Effective<>(ON, value, "generated")));
  }
}
