package coop.smart.core.leasing;

import coop.smart.core.error.ValidationException;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** A running lease's balance spread over a new number of months, counted from its last instalment due. */
public record NewTerm(LocalDate signedOn, int remainingMonths) implements Amendment {

  public NewTerm {
    if (signedOn == null) throw ValidationException.of("signedOn", "is required");
    AmortisationSchedule.requireTerm(remainingMonths, "remainingMonths");
  }

  @Override
  public Money value(CurrencyUnit currency) {
    return Money.zero(currency);
  }

  @Override
  public int termAfter(int monthsLeft) {
    return remainingMonths;
  }
}
