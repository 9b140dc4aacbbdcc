package coop.smart.server.api.activities;

import coop.smart.server.api.RequiredFields;
import java.time.LocalDate;
import java.util.UUID;
import org.joda.money.Money;

/**
 * Budget moved to another activity of the entity.
 *
 * @param on the day it is booked; today when absent
 * @param administrator who decides it, an administrator of the sending activity; a member's key leaves it out
 */
record TransferRequest(UUID to, Money amount, LocalDate on, UUID administrator) {

  TransferRequest {
    new RequiredFields().require("to", to).require("amount", amount).check();
  }
}
