package coop.smart.server.api;

import coop.smart.core.money.Rate;
import java.time.LocalDate;
import org.joda.money.Money;

/**
 * A lease simulation; without {@code annualRate}, the entity's default rate on the start date
 * applies. {@code explain} asks for every figure's arithmetic and rule rows.
 */
record LeaseRequest(String entity, Money principal, Rate annualRate, Integer months, LocalDate startDate, Boolean explain) {

  LeaseRequest {
    new RequiredFields().require("entity", entity).require("principal", principal).require("months", months)
        .require("startDate", startDate).check();
  }

  boolean explained() {
    return Boolean.TRUE.equals(explain);
  }
}
