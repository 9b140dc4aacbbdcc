package coop.smart.core.contract;

import coop.smart.core.money.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
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

  static PayPart of(ContractType ratesOf, BigDecimal hours, Money budget, PayrollParameters rates, BigDecimal budgetPerGross,
                    Rate withholdingRate) {
    Money gross = budget.dividedBy(budgetPerGross, RoundingMode.DOWN);
    Money employee = rates.employeeRate().of(gross, RoundingMode.HALF_UP);
    Money taxable = gross.minus(employee);
    Money tax = withholdingRate.of(taxable, RoundingMode.HALF_UP);
    return new PayPart(ratesOf, hours, budget, budget.minus(gross), gross, employee, taxable, tax, taxable.minus(tax));
  }
}
