package coop.smart.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import coop.smart.core.entity.RulesCoverage;
import coop.smart.core.leasing.AmortisationSchedule;
import coop.smart.core.leasing.Instalment;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;

/** A lease simulation's answer: the instalment, the totals and every row of the schedule. */
record LeaseView(Money instalment, Money totalInterest, Money totalPaid, List<Row> schedule,
                 @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate rulesVerifiedUntil,
                 @JsonInclude(JsonInclude.Include.NON_EMPTY) List<RulesWarning> warnings) {

  static LeaseView of(AmortisationSchedule schedule, RulesCoverage coverage) {
    return new LeaseView(schedule.instalment(), schedule.totalInterest(), schedule.totalPaid(),
        schedule.rows().stream().map(Row::of).toList(), coverage.verifiedUntil().orElse(null), RulesWarning.of(coverage));
  }

  record Row(int number, LocalDate dueDate, Money instalment, Money interest, Money principal, Money outstanding) {

    static Row of(Instalment row) {
      return new Row(row.number(), row.dueDate(), row.amount(), row.interest(), row.principal(), row.outstanding());
    }
  }
}
