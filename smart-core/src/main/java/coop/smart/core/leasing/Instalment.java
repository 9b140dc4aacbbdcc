package coop.smart.core.leasing;

import java.time.LocalDate;
import java.util.Objects;
import org.joda.money.Money;

/**
 * One row of an amortisation schedule: the monthly amount due, split into the interest on the
 * balance and the principal it repays, and the balance left once it is paid.
 *
 * @param number the month of the lease it falls in, counted from its start (1 is the first)
 */
public record Instalment(int number, LocalDate dueDate, Money amount, Money interest, Money principal, Money outstanding) {

  public Instalment {
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(interest, "interest");
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(outstanding, "outstanding");
    if (number < 1) throw new IllegalArgumentException("instalment number must be at least 1: " + number);
    if (interest.isNegative() || principal.isNegative() || outstanding.isNegative()) {
      throw new IllegalArgumentException("instalment " + number + " has a negative part: " + interest + " interest, "
          + principal + " principal, " + outstanding + " outstanding");
    }
    if (!amount.equals(interest.plus(principal))) {
      throw new IllegalArgumentException("instalment " + number + " of " + amount + " is not its interest " + interest
          + " plus its principal " + principal);
    }
  }
}
