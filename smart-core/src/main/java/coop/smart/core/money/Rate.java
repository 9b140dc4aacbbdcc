package coop.smart.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.joda.money.Money;

/**
 * A non-negative rate as a fraction of one: {@code 0.065} is 6.5 %. Kept exact and without
 * trailing zeros, so two rates that are equal in value are equal objects.
 */
public record Rate(BigDecimal value) implements Comparable<Rate> {

  /** The whole: 100 %. */
  public static final Rate ONE = new Rate(BigDecimal.ONE);

  public Rate {
    Objects.requireNonNull(value, "value");
    if (value.signum() < 0) throw new IllegalArgumentException("rate must not be negative: " + value.toPlainString());
    value = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
  }

  /** Parses a plain decimal fraction such as {@code "0.065"}. */
  public static Rate parse(String text) {
    Objects.requireNonNull(text, "text");
    try {
      return new Rate(new BigDecimal(text.trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a decimal rate: '" + text + "'");
    }
  }

  /** {@code amount × rate}, rounded to the currency's minor unit with the given mode. */
  public Money of(Money amount, RoundingMode rounding) {
    return amount.multipliedBy(value, rounding);
  }

  @Override
  public int compareTo(Rate other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value.toPlainString();
  }
}
