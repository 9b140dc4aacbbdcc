package coop.smart.documents;

import coop.smart.core.contract.ContractPay;
import coop.smart.core.contract.PayBreakdown;
import coop.smart.core.entity.ExplainedFigure;
import coop.smart.core.entity.RuleRow;
import java.util.List;
import java.util.Objects;
import org.joda.money.Money;

/**
 * A contract's pay slip, as a PDF in the member's language: from the amount invoiced to the net
 * pay, the expenses refunded, the day it is paid, and every data row of the rules applied with
 * its source.
 *
 * @param rules the rows the pay was computed with, each once, in the order first used
 */
public record PaySlip(Employment employment, ContractPay pay, List<RuleRow> rules) {

  public PaySlip {
    Objects.requireNonNull(employment, "employment");
    Objects.requireNonNull(pay, "pay");
    if (!pay.contract().equals(employment.contract().id())) throw new IllegalArgumentException("pay of another contract: " + pay.contract());
    rules = List.copyOf(rules);
  }

  /** The slip of {@code pay}, citing the rows its explanation used. */
  public static PaySlip of(Employment employment, ContractPay pay, List<ExplainedFigure> explanation) {
    return new PaySlip(employment, pay, explanation.stream().flatMap(figure -> figure.rules().stream()).distinct().toList());
  }

  public PayBreakdown breakdown() {
    return pay.breakdown();
  }

  /** What reaches the member's account: the net pay and the expenses refunded. */
  public Money paid() {
    return breakdown().net().plus(breakdown().expenses());
  }

  public byte[] pdf() {
    return PdfA.render(Templates.html("pay-slip.jte", this));
  }
}
