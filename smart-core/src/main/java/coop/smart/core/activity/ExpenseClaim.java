package coop.smart.core.activity;

import coop.smart.core.error.ValidationException;
import coop.smart.core.member.MemberId;
import java.time.LocalDate;
import java.util.Objects;
import org.joda.money.Money;

/** Professional expenses a member paid for an activity, reimbursed from its budget. */
public record ExpenseClaim(MemberId claimant, String description, Money amount, LocalDate incurredOn) {

  public ExpenseClaim {
    Objects.requireNonNull(claimant, "claimant");
    if (incurredOn == null) throw ValidationException.of("incurredOn", "is required");
    if (description == null || description.isBlank()) throw ValidationException.of("description", "is required");
    if (amount == null || !amount.isPositive()) throw ValidationException.of("amount", "must be greater than 0: " + amount);
  }
}
