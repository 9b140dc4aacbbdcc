package coop.smart.core.entity;

import coop.smart.core.entity.ContractType;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * Hours per calendar year a contract type is paid at its own rates; hours beyond are paid at
 * the rates of {@code beyond}. Belgian students pay reduced solidarity contributions within
 * 475 hours a year and employee contributions beyond.
 */
public record HourQuota(BigDecimal hoursPerYear, ContractType beyond) {

  public HourQuota {
    Objects.requireNonNull(hoursPerYear, "hoursPerYear");
    Objects.requireNonNull(beyond, "beyond");
    if (hoursPerYear.signum() < 0) throw new IllegalArgumentException("quota hours must not be negative: " + hoursPerYear);
  }
}
