package coop.smart.server.api;

import coop.smart.core.leasing.AmortisationSchedule;
import coop.smart.core.money.Rate;
import coop.smart.server.validation.Text;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import org.joda.money.Money;

/**
 * A lease simulation; without {@code annualRate}, the entity's default rate on the start date
 * applies. {@code explain} asks for every figure's arithmetic and rule rows.
 */
public record LeaseRequest(@NotNull @Text(max = 2) String entity, @NotNull @Positive Money principal, Rate annualRate,
                           @NotNull @Positive @Max(AmortisationSchedule.MAX_MONTHS) Integer months, @NotNull LocalDate startDate,
                           Boolean explain) {

  boolean explained() {
    return Boolean.TRUE.equals(explain);
  }
}
