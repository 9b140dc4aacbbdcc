package coop.smart.core.contract;

import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.HourQuota;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hours a member has already worked, per calendar year, under a contract type with a yearly
 * quota; each new contract's hours are split against what is left of its year's quota.
 */
public record QuotaUsage(Map<Integer, BigDecimal> hoursByYear) {

  public static final QuotaUsage NONE = new QuotaUsage(Map.of());

  public QuotaUsage {
    hoursByYear = Map.copyOf(hoursByYear);
  }

  /** The hours of the binding contracts of {@code type} among {@code contracts}. */
  public static QuotaUsage of(Collection<Contract> contracts, ContractType type) {
    QuotaUsage usage = NONE;
    for (Contract contract : contracts) {
      if (contract.type() == type && contract.status().isBinding()) usage = usage.plus(contract.workDays());
    }
    return usage;
  }

  /**
   * The hours {@code contract} finds already used: those of the binding contracts of its type
   * listed before it among {@code memberContracts}, the member's contracts by start date (then
   * id). Each contract of a year is thus measured against the ones worked before it, whenever it
   * is read. A store answers the same from its rows with {@link ContractRepository#quotaUsedBefore}.
   *
   * @throws IllegalArgumentException when {@code contract} is not among {@code memberContracts}
   */
  public static QuotaUsage before(List<Contract> memberContracts, Contract contract) {
    for (int i = 0; i < memberContracts.size(); i++) {
      if (memberContracts.get(i).id().equals(contract.id())) return of(memberContracts.subList(0, i), contract.type());
    }
    throw new IllegalArgumentException("contract " + contract.id() + " is not among the member's contracts given");
  }

  public BigDecimal hoursIn(int year) {
    return hoursByYear.getOrDefault(year, BigDecimal.ZERO);
  }

  /** The usage once {@code days} are worked too. */
  public QuotaUsage plus(List<WorkDay> days) {
    Map<Integer, BigDecimal> hours = new TreeMap<>(hoursByYear);
    days.forEach(day -> hours.merge(day.date().getYear(), day.hours(), BigDecimal::add));
    return new QuotaUsage(hours);
  }

  /** How many of the hours of {@code days} fall within what is left of each year's quota. */
  public QuotaSplit split(HourQuota quota, List<WorkDay> days) {
    Map<Integer, BigDecimal> hoursByDayYear = new TreeMap<>();
    days.forEach(day -> hoursByDayYear.merge(day.date().getYear(), day.hours(), BigDecimal::add));
    BigDecimal within = BigDecimal.ZERO;
    BigDecimal beyond = BigDecimal.ZERO;
    for (var year : hoursByDayYear.entrySet()) {
      BigDecimal left = quota.hoursPerYear().subtract(hoursIn(year.getKey())).max(BigDecimal.ZERO);
      BigDecimal withinYear = year.getValue().min(left);
      within = within.add(withinYear);
      beyond = beyond.add(year.getValue().subtract(withinYear));
    }
    return new QuotaSplit(within, beyond);
  }
}
