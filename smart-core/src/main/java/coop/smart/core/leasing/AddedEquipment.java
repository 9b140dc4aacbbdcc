package coop.smart.core.leasing;

import coop.smart.core.error.ValidationException;
import java.time.LocalDate;
import java.util.Objects;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** An item added to a running lease; its price is repaid over the months the lease still has to run. */
public record AddedEquipment(LocalDate signedOn, Equipment equipment) implements Amendment {

  public AddedEquipment {
    if (signedOn == null) throw ValidationException.of("signedOn", "is required");
    Objects.requireNonNull(equipment, "equipment");
  }

  @Override
  public Money value(CurrencyUnit currency) {
    return equipment.price();
  }

  @Override
  public int termAfter(int monthsLeft) {
    return monthsLeft;
  }
}
