package coop.smart.core.leasing;

import coop.smart.core.error.ValidationException;
import org.joda.money.Money;

/** An item the entity buys for an activity and leases to it, at the supplier's price. */
public record Equipment(String description, Money price) {

  public Equipment {
    if (description == null || description.isBlank()) throw ValidationException.of("description", "is required");
    if (price == null) throw ValidationException.of("price", "is required");
    if (!price.isPositive()) throw ValidationException.of("price", "must be positive: " + price);
    description = description.strip();
  }

  public static Equipment of(String description, Money price) {
    return new Equipment(description, price);
  }
}
