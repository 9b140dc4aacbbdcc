package coop.smart.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import coop.smart.core.entity.ExplainedFigure;
import coop.smart.core.entity.RulesCoverage;
import coop.smart.core.leasing.AmortisationSchedule;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;

/** A lease simulation's answer: the instalment, the totals and every row of the schedule. */
public record LeaseQuoteView(Money instalment, Money totalInterest, Money totalPaid, List<InstalmentView> schedule,
                             @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate rulesVerifiedUntil,
                             @JsonInclude(JsonInclude.Include.NON_EMPTY) List<RulesWarning> warnings,
                             @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ExplainedFigure> explanation) {

  static LeaseQuoteView of(AmortisationSchedule schedule, RulesCoverage coverage, List<ExplainedFigure> explanation) {
    return new LeaseQuoteView(schedule.instalment(), schedule.totalInterest(), schedule.totalPaid(),
        schedule.rows().stream().map(InstalmentView::of).toList(), coverage.verifiedUntil().orElse(null), RulesWarning.of(coverage),
        explanation);
  }
}
