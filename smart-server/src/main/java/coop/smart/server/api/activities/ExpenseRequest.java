package coop.smart.server.api.activities;

import coop.smart.server.api.RequiredFields;
import java.time.LocalDate;
import java.util.UUID;
import org.joda.money.Money;

/**
 * An expense claim to reimburse from the budget.
 *
 * @param paidOn the day it is booked; today when absent
 * @param administrator who authorises it; a member's key authorises as its own member and leaves it out
 */
record ExpenseRequest(UUID claimant, String description, Money amount, LocalDate incurredOn, LocalDate paidOn, UUID administrator) {

  ExpenseRequest {
    new RequiredFields().require("claimant", claimant).require("description", description).require("amount", amount)
        .require("incurredOn", incurredOn).check();
  }
}
