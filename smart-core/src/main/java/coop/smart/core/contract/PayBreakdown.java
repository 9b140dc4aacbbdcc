package coop.smart.core.contract;

import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.money.Rate;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;

/**
 * The way from an invoiced amount to a net salary (R3), every step kept. Money is conserved:
 * {@code fee + expenses + employerContributions + gross = invoicedAmount} and
 * {@code employeeContributions + withholdingTax + net = gross}, to the cent.
 *
 * @param parts one part per set of rates applied (two when a contract crosses its hour quota);
 *     the amounts above are their sums
 */
public record PayBreakdown(EntityCode entity, ContractType contractType, LocalDate rulesOn, Money invoicedAmount, Rate feeRate,
                           Money fee, Money expenses, Money employmentBudget, Money employerContributions, Money gross,
                           Money employeeContributions, Money taxable, Rate withholdingRate, Money withholdingTax, Money net,
                           List<PayPart> parts) {

  public PayBreakdown {
    parts = List.copyOf(parts);
  }
}
