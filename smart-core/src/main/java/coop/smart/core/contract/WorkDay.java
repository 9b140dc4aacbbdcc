package coop.smart.core.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One day of work declared under a contract, with the hours worked that day. The hours are kept
 * without trailing zeros, as {@link coop.smart.core.money.Rate} is, so "7.50" and "7.5" make
 * equal days, however a store writes them back.
 */
public record WorkDay(LocalDate date, BigDecimal hours) {

  private static final BigDecimal DAY = BigDecimal.valueOf(24);

  public WorkDay {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(hours, "hours");
    if (hours.signum() <= 0 || hours.compareTo(DAY) > 0) {
      throw new IllegalArgumentException("hours worked in a day must be more than 0 and at most 24: " + hours.toPlainString());
    }
    hours = hours.stripTrailingZeros();
    if (hours.scale() < 0) hours = hours.setScale(0); // 10, not 1E+1
  }

  public static WorkDay of(String date, String hours) {
    return new WorkDay(LocalDate.parse(date), new BigDecimal(hours));
  }
}
