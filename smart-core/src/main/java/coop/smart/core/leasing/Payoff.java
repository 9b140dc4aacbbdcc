package coop.smart.core.leasing;

import java.time.LocalDate;
import java.util.Objects;
import org.joda.money.Money;

/** A lease repaid early: on {@code date}, the balance left after the instalments due until then. */
public record Payoff(LocalDate date, Money amount) {

  public Payoff {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(amount, "amount");
  }
}
