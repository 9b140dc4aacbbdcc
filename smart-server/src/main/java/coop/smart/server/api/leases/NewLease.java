package coop.smart.server.api.leases;

import coop.smart.core.leasing.Equipment;
import coop.smart.core.money.Rate;
import coop.smart.server.api.RequiredFields;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.joda.money.Money;

/**
 * Equipment the entity buys for an activity and leases to it.
 *
 * @param annualRate the lease's rate; the entity's default on {@code startDate} when absent
 */
record NewLease(UUID activity, List<Item> equipment, LocalDate startDate, Rate annualRate, Integer months) {

  NewLease {
    RequiredFields required = new RequiredFields().require("activity", activity).require("equipment", equipment)
        .require("startDate", startDate).require("months", months);
    if (equipment != null && equipment.isEmpty()) required.refuse("equipment", "must hold at least one item");
    if (equipment != null && equipment.contains(null)) required.refuse("equipment", "must not hold null");
    required.check();
  }

  /** An item at its supplier's price. */
  record Item(String description, Money price) {

    Equipment toEquipment() {
      return new Equipment(description, price);
    }
  }
}
