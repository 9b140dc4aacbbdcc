package coop.smart.server.api;

import coop.smart.core.entity.Fee;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.money.Rate;
import java.time.LocalDate;
import org.joda.money.Money;

/** The fee on an amount, as {@code GET /api/v1/entities/{code}/fee} shows it. */
record FeeView(String entity, HolderKind holder, LocalDate on, Rate feeRate, Money amount, Money fee) {

  static FeeView of(Fee fee) {
    return new FeeView(fee.entity().value(), fee.holder(), fee.on(), fee.rate(), fee.amount(), fee.fee());
  }
}
