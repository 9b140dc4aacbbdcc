package coop.smart.core.contract;

import coop.smart.core.entity.NationalEntity;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;

/** R6: the accident cover a member has on a date. */
public enum InsuranceCover {
  /** Work-accident insurance: the date is a day worked under a contract. */
  WORK_ACCIDENT,
  /** Private-life accident cover: a day without work, for a while after the last contract (a year in Belgium). */
  PRIVATE_LIFE,
  NONE;

  /**
   * The cover on {@code date} given the member's contracts, under the entity's rules. Only binding contracts (declared and
   * not cancelled) count. "The last contract" is the latest-ending one among those that had
   * started by the date, so days between two contracts are covered too.
   */
  public static InsuranceCover on(NationalEntity entity, LocalDate date, Collection<Contract> memberContracts) {
    Objects.requireNonNull(date, "date");
    LocalDate lastEnd = null;
    for (Contract contract : memberContracts) {
      if (!contract.status().isBinding() || contract.start().isAfter(date)) continue;
      if (contract.worksOn(date)) return WORK_ACCIDENT;
      if (lastEnd == null || contract.end().isAfter(lastEnd)) lastEnd = contract.end();
    }
    return lastEnd != null && !date.isAfter(lastEnd.plus(entity.privateLifeCover(lastEnd))) ? PRIVATE_LIFE : NONE;
  }
}
