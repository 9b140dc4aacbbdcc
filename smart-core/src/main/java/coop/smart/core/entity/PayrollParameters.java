package coop.smart.core.entity;

import coop.smart.core.entity.HourQuota;
import coop.smart.core.money.Rate;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An entity's payroll rates for one contract type (R3).
 *
 * @param employerCostRate employer costs per unit of gross salary (contributions, holiday pay,
 *     insurance and the structure's margin together)
 * @param employeeRate employee social contributions per unit of gross salary
 * @param withholdingMin lowest withholding-tax rate a member may choose
 * @param withholdingMax highest withholding-tax rate a member may choose
 * @param quota hours per year at these rates, or null when every hour is
 */
public record PayrollParameters(Rate employerCostRate, Rate employeeRate, Rate withholdingMin, Rate withholdingMax, HourQuota quota) {

  public PayrollParameters {
    Objects.requireNonNull(employerCostRate, "employerCostRate");
    Objects.requireNonNull(employeeRate, "employeeRate");
    Objects.requireNonNull(withholdingMin, "withholdingMin");
    Objects.requireNonNull(withholdingMax, "withholdingMax");
    if (employeeRate.value().compareTo(BigDecimal.ONE) >= 0) throw new IllegalArgumentException("employee rate must be below 1: " + employeeRate);
    if (withholdingMin.compareTo(withholdingMax) > 0 || withholdingMax.value().compareTo(BigDecimal.ONE) >= 0) {
      throw new IllegalArgumentException("withholding range must run upwards and stay below 1: " + withholdingMin + ".." + withholdingMax);
    }
  }

  /** {@code 1 + employerCostRate}: the employment budget per unit of gross salary. */
  public BigDecimal budgetPerGross() {
    return BigDecimal.ONE.add(employerCostRate.value());
  }

  public boolean allowsWithholding(Rate rate) {
    return rate.compareTo(withholdingMin) >= 0 && rate.compareTo(withholdingMax) <= 0;
  }
}
