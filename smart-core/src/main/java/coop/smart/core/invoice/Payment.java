package coop.smart.core.invoice;

import java.time.LocalDate;
import java.util.Objects;
import org.joda.money.Money;

/** Money a client paid on an invoice, VAT included. */
public record Payment(LocalDate on, Money amount) {

  public Payment {
    Objects.requireNonNull(on, "on");
    if (!Objects.requireNonNull(amount, "amount").isPositive()) throw new IllegalArgumentException("a payment must be positive: " + amount);
  }
}
