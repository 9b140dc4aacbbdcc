package coop.smart.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import coop.smart.core.entity.ExplainedFigure;
import coop.smart.core.entity.GuaranteedPayment;
import coop.smart.core.entity.RulesCoverage;
import java.time.LocalDate;
import java.util.List;

/** When a guaranteed salary is paid, as {@code GET /api/v1/entities/{code}/payment-date} shows it. */
record PaymentDateView(String entity, LocalDate serviceEnd, LocalDate start, String rule, LocalDate guaranteedDate,
                       LocalDate paymentDate, @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate rulesVerifiedUntil,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<RulesWarning> warnings,
                       @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ExplainedFigure> explanation) {

  static PaymentDateView of(GuaranteedPayment payment, RulesCoverage coverage, List<ExplainedFigure> explanation) {
    return new PaymentDateView(payment.entity().value(), payment.serviceEnd(), payment.start(), payment.rule().toString(),
        payment.guaranteedDate(), payment.paymentDate(), coverage.verifiedUntil().orElse(null), RulesWarning.of(coverage), explanation);
  }
}
