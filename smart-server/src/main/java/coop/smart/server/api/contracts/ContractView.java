package coop.smart.server.api.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import coop.smart.core.contract.Contract;
import coop.smart.core.contract.ContractPay;
import coop.smart.core.contract.ContractStatus;
import coop.smart.core.contract.QuotaSplit;
import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.ExplainedFigure;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.entity.RulesCoverage;
import coop.smart.core.money.Rate;
import coop.smart.server.api.PayView;
import coop.smart.server.api.RulesWarning;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;

/**
 * A contract as the API shows it. {@code paymentDate} is when the salary is paid, counted from
 * the end of service or, when later, the declaration. {@code pay} (the breakdown from invoice to
 * net salary) and {@code quota} (the hours within and beyond the type's yearly quota, null for a
 * type without one) are shown for one contract, and null in lists.
 */
record ContractView(String id, String entity, String member, String client, String activity, ContractType contractType,
                    String structure, HolderKind holder, LocalDate start, LocalDate end, List<Day> workDays, String hours,
                    Money invoicedAmount, Money expenses, Rate withholdingRate, ContractStatus status, LocalDate declaredOn,
                    LocalDate paymentDate, PayView pay, Quota quota, long version,
                    @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate rulesVerifiedUntil,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<RulesWarning> warnings,
                    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ExplainedFigure> explanation) {

  record Day(LocalDate date, String hours) {
  }

  record Quota(String withinHours, String beyondHours) {
  }

  /**
   * The contract with its pay, how recent the rules behind it are and, when asked, how each
   * figure of the pay was computed.
   */
  static ContractView of(Contract contract, ContractPay pay, RulesCoverage coverage, List<ExplainedFigure> explanation) {
    LocalDate paymentDate = pay.payment().paymentDate();
    QuotaSplit split = pay.split();
    return of(contract, paymentDate, PayView.of(pay.breakdown(), paymentDate),
        split == null ? null : new Quota(split.withinHours().toPlainString(), split.beyondHours().toPlainString()), coverage, explanation);
  }

  /** The contract without its pay, as lists show it, with how recent the payment rules behind its payment date are. */
  static ContractView summary(Contract contract, NationalEntity entity) {
    return of(contract, entity.paymentDates(contract.end(), contract.declaredOn()).paymentDate(), null, null,
        entity.coverage(contract.end(), "payment"), List.of());
  }

  private static ContractView of(Contract contract, LocalDate paymentDate, PayView pay, Quota quota, RulesCoverage coverage,
                                 List<ExplainedFigure> explanation) {
    return new ContractView(contract.id().toString(), contract.entity().value(), contract.member().toString(),
        contract.client() == null ? null : contract.client().toString(), contract.activity() == null ? null : contract.activity().toString(), contract.type(),
        contract.structure(), contract.holder(), contract.start(), contract.end(),
        contract.workDays().stream().map(day -> new Day(day.date(), day.hours().toPlainString())).toList(),
        contract.hours().toPlainString(), contract.invoicedAmount(), contract.expenses(), contract.withholdingRate(), contract.status(),
        contract.declaredOn(), paymentDate, pay, quota, contract.version(), coverage.verifiedUntil().orElse(null), RulesWarning.of(coverage),
        explanation);
  }
}
