package coop.smart.server.api.activities;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.UUID;
import org.joda.money.Money;

/**
 * Budget moved to another activity of the entity.
 *
 * @param on the day it is booked; today when absent
 * @param administrator who decides it, an administrator of the sending activity; a member's key leaves it out
 */
record TransferRequest(@NotNull UUID to, @NotNull @Positive Money amount, LocalDate on, UUID administrator) {
}
