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

  public InvoiceLine {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    if (description == null || description.isBlank()) errors.put("description", List.of("is required"));
    if (quantity == null || quantity.signum() <= 0) errors.put("quantity", List.of("must be positive: " + quantity));
    if (unitPrice == null || unitPrice.isNegative()) errors.put("unitPrice", List.of("must not be negative: " + unitPrice));
    if (!errors.isEmpty()) throw new ValidationException(errors);
    description = description.strip();
  }

  /** {@code half-up(quantity × unitPrice)}, excluding VAT. */
  public Money total() {
    return unitPrice.multipliedBy(quantity, RoundingMode.HALF_UP);
  }
}
