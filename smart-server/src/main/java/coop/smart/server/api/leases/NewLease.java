package coop.smart.server.api.leases;

import coop.smart.core.leasing.AmortisationSchedule;
import coop.smart.core.leasing.Equipment;
import coop.smart.core.money.Rate;
import coop.smart.server.validation.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.joda.money.Money;

/**
 * Equipment the entity buys for an activity and leases to it.
 *
 * @param annualRate the lease's rate; the entity's default on {@code startDate} when absent
 */
record NewLease(@NotNull UUID activity,
                @NotNull @Size(min = 1, max = MAX_ITEMS, message = "must hold from {min} to {max} items") List<@NotNull @Valid Item> equipment,
                @NotNull LocalDate startDate, Rate annualRate, @NotNull @Positive @Max(AmortisationSchedule.MAX_MONTHS) Integer months) {

  /** More items than one lease of an activity's equipment holds. */
  static final int MAX_ITEMS = 100;

  /** An item at its supplier's price. */
  record Item(@NotBlank @Text(max = 500) String description, @NotNull @Positive Money price) {

    Equipment toEquipment() {
      return new Equipment(description, price);
    }
  }
}
