package coop.smart.server.api.guarantee;

import coop.smart.server.api.RequiredFields;
import java.time.LocalDate;
import org.joda.money.Money;

/** Fee income set aside for the guarantee fund; {@code on} defaults to today. */
record Contribution(Money amount, LocalDate on) {

  Contribution {
    new RequiredFields().require("amount", amount).check();
  }
}
