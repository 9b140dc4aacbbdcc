package coop.smart.server.api.contracts;

import coop.smart.core.activity.ActivityId;
import coop.smart.core.client.ClientId;
import coop.smart.core.contract.ContractTerms;
import coop.smart.core.contract.WorkDay;
import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.member.MemberId;
import coop.smart.core.money.Rate;
import coop.smart.server.validation.Hours;
import coop.smart.server.validation.RelatedFields;
import coop.smart.server.validation.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.joda.money.Money;

/**
 * A contract to draft. This record checks each field on its own, the core the terms they make
 * together (the structure the entity requires, the period and the days within it).
 * {@code activity}, {@code structure} (where the entity has one structure only), {@code holder}
 * (INDIVIDUAL) and {@code expenses} (none) may be left out.
 */
record NewContract(@NotNull UUID member, UUID client, UUID activity, @NotNull ContractType contractType, @Text(max = 100) String structure,
                   HolderKind holder, @NotNull LocalDate start, @NotNull LocalDate end,
                   @NotNull @Size(min = 1, max = MAX_WORK_DAYS, message = "must list from {min} to {max} days: a contract lasts a month at most")
                   List<@NotNull @Valid Day> workDays,
                   @NotNull @PositiveOrZero Money invoicedAmount, @PositiveOrZero Money expenses, @NotNull Rate withholdingRate)
    implements RelatedFields {

  /** The days of the longest contract (a month, in Belgium). */
  static final int MAX_WORK_DAYS = 31;

  /** A day worked, with its hours as a decimal string ("7.5"), as rates are written. */
  record Day(@NotNull LocalDate date, @NotNull @Hours String hours) {
  }

  @Override
  public void check(Refusals refusals) {
    if (client == null && activity == null) {
      refusals.refuse("client", "is required, unless the contract is funded by the budget of the activity it names");
    }
  }

  ContractTerms terms() {
    return new ContractTerms(member == null ? null : new MemberId(member), client == null ? null : new ClientId(client),
        activity == null ? null : new ActivityId(activity), contractType, structure, holder, start, end,
        workDays == null ? null : workDays.stream().map(day -> new WorkDay(day.date(), new BigDecimal(day.hours()))).toList(),
        invoicedAmount, expenses, withholdingRate);
  }
}
