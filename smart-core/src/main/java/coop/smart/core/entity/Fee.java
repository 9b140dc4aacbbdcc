package coop.smart.core.entity;

import coop.smart.core.money.Rate;
import java.time.LocalDate;
import org.joda.money.Money;

/** The fee an entity takes on an amount excluding VAT, with the rate and date that gave it. */
public record Fee(EntityCode entity, HolderKind holder, LocalDate on, Rate rate, Money amount, Money fee) {

  /** What is left of the amount once the fee is taken. */
  public Money remainder() {
    return amount.minus(fee);
  }
}
