package coop.smart.core.contract;

import java.math.BigDecimal;
import java.util.Objects;

/** A contract's hours within its type's yearly quota and beyond it. */
public record QuotaSplit(BigDecimal withinHours, BigDecimal beyondHours) {

  public QuotaSplit {
    Objects.requireNonNull(withinHours, "withinHours");
    Objects.requireNonNull(beyondHours, "beyondHours");
    if (withinHours.signum() < 0 || beyondHours.signum() < 0) {
      throw new IllegalArgumentException("hours must not be negative: " + withinHours + " within, " + beyondHours + " beyond");
    }
  }

  public boolean crossesQuota() {
    return beyondHours.signum() > 0;
  }
}
