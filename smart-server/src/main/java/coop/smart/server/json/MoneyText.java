package coop.smart.server.json;

import coop.smart.core.error.ValidationException;
import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.joda.money.CurrencyUnit;
import org.joda.money.IllegalCurrencyException;
import org.joda.money.Money;

/**
 * Money as the API writes it: a decimal string with exactly the currency's minor digits
 * ({@code "1234.50"} in EUR), so no client ever rounds an amount it did not mean.
 */
public final class MoneyText {

  /** The most integer digits an amount may have: a trillion of any currency is past anything the cooperative books. */
  public static final int INTEGER_DIGITS = 15;
  private static final Pattern DECIMAL = Pattern.compile("-?\\d{1," + INTEGER_DIGITS + "}(\\.\\d{1,9})?");

  private MoneyText() {
  }

  /** A refused value as an error quotes it: never more than 40 characters of it. */
  static String abbreviated(String text) {
    return text == null || text.length() <= 40 ? text : text.substring(0, 40) + "… (" + text.length() + " characters)";
  }

  /** The amount as the API writes it. */
  public static String format(Money money) {
    return money.getAmount().setScale(money.getCurrencyUnit().getDecimalPlaces()).toPlainString();
  }

  /**
   * Reads an amount written as the API writes it.
   *
   * @param field the name to give in the error
   * @throws ValidationException naming {@code field} when the text is not a plain decimal with
   *     exactly the currency's minor digits
   */
  public static Money parse(String text, CurrencyUnit currency, String field) {
    int digits = currency.getDecimalPlaces();
    if (text == null || !DECIMAL.matcher(text).matches()) {
      throw ValidationException.of(field, "must be a decimal string of at most " + INTEGER_DIGITS + " integer digits such as \""
          + example(digits) + "\": '" + abbreviated(text) + "'");
    }
    BigDecimal amount = new BigDecimal(text);
    if (amount.scale() != digits) {
      throw ValidationException.of(field, "must have exactly " + digits + " decimals in " + currency + ", such as \""
          + example(digits) + "\": '" + text + "'");
    }
    return Money.of(currency, amount);
  }

  /** An amount written with {@code digits} decimals, for an error to show; only an error needs it. */
  private static String example(int digits) {
    return BigDecimal.valueOf(123450, 2).setScale(digits).toPlainString();
  }

  /**
   * The ISO 4217 currency with this code, or a {@link ValidationException} naming {@code field}:
   * pseudo-currencies such as XXX (no currency) or XAU (gold) have no minor digits to write.
   */
  public static CurrencyUnit currency(String code, String field) {
    try {
      CurrencyUnit currency = CurrencyUnit.of(code);
      if (!currency.isPseudoCurrency()) return currency;
    } catch (IllegalCurrencyException e) {
      // refused below, as a pseudo-currency is
    }
    throw ValidationException.of(field, "must be an ISO 4217 currency code such as EUR: '" + abbreviated(code) + "'");
  }
}
