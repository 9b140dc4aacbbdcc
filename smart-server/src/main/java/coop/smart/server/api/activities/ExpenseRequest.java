package coop.smart.server.api.activities;

import coop.smart.server.validation.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import java.util.UUID;
import org.joda.money.Money;

/**
 * An expense claim to reimburse from the budget.
 *
 * @param description what was bought; the journal entry says "expense claim: " and it, in 500 characters
 * @param paidOn the day it is booked; today when absent
 * @param administrator who authorises it; a member's key authorises as its own member and leaves it out
 */
record ExpenseRequest(@NotNull UUID claimant, @NotBlank @Text(max = 485) String description, @NotNull @Positive Money amount,
                      @NotNull LocalDate incurredOn, LocalDate paidOn, UUID administrator) {
}
