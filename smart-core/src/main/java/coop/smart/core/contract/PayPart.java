package coop.smart.core.contract;

import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.PayrollParameters;
import coop.smart.core.entity.RuleRow;
import coop.smart.core.entity.Trace;
import coop.smart.core.money.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;
import org.joda.money.Money;

/**
 * Steps 3 to 8 of R3 on one employment budget at one contract type's rates. A contract that
 * crosses its quota has two parts, one per set of rates.
 *
 * @param ratesOf the contract type whose rates applied
 * @param hours the hours this part pays, or null when the contract is not split by hours
 */
public record PayPart(ContractType ratesOf, BigDecimal hours, Money employmentBudget, Money employerContributions, Money gross,
                      Money employeeContributions, Money taxable, Money withholdingTax, Money net) {

  /**
   * @param label what the part's figures are called in {@code trace}: "" for the only part, "STUDENT " for one of two
   * @param payrollRow the data row of one of the type's payroll parameters ("employeeRate"), for the trace to cite
   */
  static PayPart of(ContractType ratesOf, BigDecimal hours, Money budget, PayrollParameters rates, BigDecimal budgetPerGross,
                    Rate withholdingRate, Trace trace, String label, Function<String, List<RuleRow>> payrollRow) {
    Money gross = budget.dividedBy(budgetPerGross, RoundingMode.DOWN);
    trace.figure(label + "gross", gross, () -> "down(" + plain(budget) + " ÷ " + budgetPerGross.toPlainString() + ")",
        payrollRow.apply("employerCostRate"));
    Money employer = budget.minus(gross);
    trace.figure(label + "employerContributions", employer, () -> plain(budget) + " − " + plain(gross), List.of());
    Money employee = rates.employeeRate().of(gross, RoundingMode.HALF_UP);
    trace.figure(label + "employeeContributions", employee, () -> "half-up(" + plain(gross) + " × " + rates.employeeRate() + ")",
        payrollRow.apply("employeeRate"));
    Money taxable = gross.minus(employee);
    trace.figure(label + "taxable", taxable, () -> plain(gross) + " − " + plain(employee), List.of());
    Money tax = withholdingRate.of(taxable, RoundingMode.HALF_UP);
    trace.figure(label + "withholdingTax", tax, () -> "half-up(" + plain(taxable) + " × " + withholdingRate + ")",
        payrollRow.apply("withholdingRange"));
    Money net = taxable.minus(tax);
    trace.figure(label + "net", net, () -> plain(taxable) + " − " + plain(tax), List.of());
    return new PayPart(ratesOf, hours, budget, employer, gross, employee, taxable, tax, net);
  }

  /** An amount as the trace writes it: {@code 1000.00}. */
  static String plain(Money amount) {
    return amount.getAmount().toPlainString();
  }
}
