package coop.smart.server.api;

import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.money.Rate;
import coop.smart.server.validation.RelatedFields;
import coop.smart.server.validation.Text;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import org.joda.money.Money;

/**
 * A pay simulation: forward from {@code invoicedAmount}, or back from {@code targetNet}; exactly
 * one of the two. {@code holder}, {@code expenses} and {@code serviceEnd} may be left out; {@code explain}
 * asks for every figure's arithmetic and rule rows.
 */
public record PayRequest(@NotNull @Text(max = 2) String entity, HolderKind holder, @NotNull ContractType contractType,
                         @PositiveOrZero Money invoicedAmount, @PositiveOrZero Money targetNet, @PositiveOrZero Money expenses,
                         @NotNull Rate withholdingRate, LocalDate serviceEnd, Boolean explain) implements RelatedFields {

  @Override
  public void check(Refusals refusals) {
    if (invoicedAmount == null && targetNet == null) refusals.refuse("invoicedAmount", "is required (or targetNet instead)");
    if (invoicedAmount != null && targetNet != null) refusals.refuse("targetNet", "excludes invoicedAmount: send one of the two");
  }

  boolean reverse() {
    return targetNet != null;
  }

  boolean explained() {
    return Boolean.TRUE.equals(explain);
  }
}
