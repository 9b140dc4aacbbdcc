package coop.smart.core.invoice;

import coop.smart.core.error.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.joda.money.Money;

/**
 * One line of an invoice: what was done, how much of it (days, hours, units: 7.5 is allowed)
 * and the price of one, excluding VAT.
 */
public record InvoiceLine(String description, BigDecimal quantity, Money unitPrice) {

  /** Bounds of a quantity: a line counts hours, days or pieces, never past a billion of them, to a millionth. */
  public static final int MAX_QUANTITY_DIGITS = 9;
  public static final int MAX_QUANTITY_DECIMALS = 6;

  public InvoiceLine {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    if (description == null || description.isBlank()) errors.put("description", List.of("is required"));
    if (quantity == null || quantity.signum() <= 0) {
      errors.put("quantity", List.of("must be positive: " + quantity));
    } else if (quantity.precision() - quantity.scale() > MAX_QUANTITY_DIGITS || quantity.scale() > MAX_QUANTITY_DECIMALS) {
      errors.put("quantity", List.of("must have at most " + MAX_QUANTITY_DIGITS + " integer digits and " + MAX_QUANTITY_DECIMALS
          + " decimals: " + quantity.toEngineeringString()));
    }
    if (unitPrice == null || unitPrice.isNegative()) errors.put("unitPrice", List.of("must not be negative: " + unitPrice));
    if (!errors.isEmpty()) throw new ValidationException(errors);
    description = description.strip();
  }

  /** {@code half-up(quantity × unitPrice)}, excluding VAT. */
  public Money total() {
    return unitPrice.multipliedBy(quantity, RoundingMode.HALF_UP);
  }
}
