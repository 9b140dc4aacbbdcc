package coop.smart.core.money;

import coop.smart.core.error.ValidationException;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** Checks every amount entering the domain goes through, so each refusal reads the same. */
public final class Amounts {

  private Amounts() {
  }

  /**
   * Returns {@code amount} when it is present, in {@code currency} and not negative.
   *
   * @param field the caller's name for the amount, used in the error
   * @param owner what fixes the currency (e.g. "BE"), used in the error
   */
  public static Money requireNonNegative(Money amount, String field, CurrencyUnit currency, Object owner) {
    requireCurrency(amount, field, currency, owner);
    if (amount.isNegative()) throw ValidationException.of(field, "must not be negative: " + amount);
    return amount;
  }

  /** Returns {@code amount} when it is present, in {@code currency} and more than zero. */
  public static Money requirePositive(Money amount, String field, CurrencyUnit currency, Object owner) {
    requireCurrency(amount, field, currency, owner);
    if (!amount.isPositive()) throw ValidationException.of(field, "must be greater than 0: " + amount);
    return amount;
  }

  /** Returns {@code amount} when it is present and in {@code currency}. */
  public static Money requireCurrency(Money amount, String field, CurrencyUnit currency, Object owner) {
    if (amount == null) throw ValidationException.of(field, "is required");
    if (!amount.getCurrencyUnit().equals(currency)) {
      throw ValidationException.of(field + ".currency",
          "must be " + currency + ", the currency of " + owner + ", not " + amount.getCurrencyUnit());
    }
    return amount;
  }
}
