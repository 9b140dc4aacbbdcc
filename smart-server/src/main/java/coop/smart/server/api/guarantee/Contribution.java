package coop.smart.server.api.guarantee;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import org.joda.money.Money;

/** Fee income set aside for the guarantee fund; {@code on} defaults to today. */
record Contribution(@NotNull @Positive Money amount, LocalDate on) {
}
