package coop.smart.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import coop.smart.core.contract.PayBreakdown;
import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.ExplainedFigure;
import coop.smart.core.entity.RulesCoverage;
import coop.smart.core.money.Rate;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;

/** A pay simulation's answer: every step from the invoiced amount to the net salary. */
public record PayView(String entity, ContractType contractType, LocalDate rulesOn, Money invoicedAmount, Rate feeRate, Money fee,
                      Money expenses, Money employmentBudget, Money employerContributions, Money gross, Money employeeContributions,
                      Money taxable, Money withholdingTax, Money net, LocalDate paymentDate,
                      @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate rulesVerifiedUntil,
                      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<RulesWarning> warnings,
                      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ExplainedFigure> explanation) {

  /** The breakdown alone, as a contract shows it. */
  public static PayView of(PayBreakdown pay, LocalDate paymentDate) {
    return new PayView(pay.entity().value(), pay.contractType(), pay.rulesOn(), pay.invoicedAmount(), pay.feeRate(), pay.fee(),
        pay.expenses(), pay.employmentBudget(), pay.employerContributions(), pay.gross(), pay.employeeContributions(),
        pay.taxable(), pay.withholdingTax(), pay.net(), paymentDate, null, List.of(), List.of());
  }

  /** The breakdown with how recent its rules are and, when asked, how each figure was computed, as a simulation answers. */
  public static PayView of(PayBreakdown pay, LocalDate paymentDate, RulesCoverage coverage, List<ExplainedFigure> explanation) {
    PayView view = of(pay, paymentDate);
    return new PayView(view.entity, view.contractType, view.rulesOn, view.invoicedAmount, view.feeRate, view.fee, view.expenses,
        view.employmentBudget, view.employerContributions, view.gross, view.employeeContributions, view.taxable, view.withholdingTax,
        view.net, paymentDate, coverage.verifiedUntil().orElse(null), RulesWarning.of(coverage), explanation);
  }
}
