package coop.smart.server.api;

import coop.smart.core.contract.ContractType;
import coop.smart.core.contract.PayBreakdown;
import coop.smart.core.money.Rate;
import java.time.LocalDate;
import org.joda.money.Money;

/** A pay simulation's answer: every step from the invoiced amount to the net salary. */
public record PayView(String entity, ContractType contractType, LocalDate rulesOn, Money invoicedAmount, Rate feeRate, Money fee,
                      Money expenses, Money employmentBudget, Money employerContributions, Money gross, Money employeeContributions,
                      Money taxable, Money withholdingTax, Money net, LocalDate paymentDate) {

  public static PayView of(PayBreakdown pay, LocalDate paymentDate) {
    return new PayView(pay.entity().value(), pay.contractType(), pay.rulesOn(), pay.invoicedAmount(), pay.feeRate(), pay.fee(),
        pay.expenses(), pay.employmentBudget(), pay.employerContributions(), pay.gross(), pay.employeeContributions(),
        pay.taxable(), pay.withholdingTax(), pay.net(), paymentDate);
  }
}
