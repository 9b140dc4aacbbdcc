package coop.smart.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import coop.smart.core.entity.ExplainedFigure;
import coop.smart.core.entity.Fee;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.RulesCoverage;
import coop.smart.core.money.Rate;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;

/** The fee on an amount, as {@code GET /api/v1/entities/{code}/fee} shows it. */
record FeeView(String entity, HolderKind holder, LocalDate on, Rate feeRate, Money amount, Money fee,
               @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate rulesVerifiedUntil,
               @JsonInclude(JsonInclude.Include.NON_EMPTY) List<RulesWarning> warnings,
               @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ExplainedFigure> explanation) {

  static FeeView of(Fee fee, RulesCoverage coverage, List<ExplainedFigure> explanation) {
    return new FeeView(fee.entity().value(), fee.holder(), fee.on(), fee.rate(), fee.amount(), fee.fee(),
        coverage.verifiedUntil().orElse(null), RulesWarning.of(coverage), explanation);
  }
}
