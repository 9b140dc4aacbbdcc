package coop.smart.core.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.time.api.constraints.DateRange;
import org.joda.money.Money;

/** R1's invariants for any amount, holder kind, entity and date. */
class FeeProperties {

  private static final EntityCatalog CATALOG = EntityCatalog.standard();

  @Property(tries = 2000)
  void feePlusRemainderIsTheAmountToTheCent(@ForAll("entities") NationalEntity entity, @ForAll HolderKind holder,
      @ForAll @LongRange(min = 0, max = 100_000_000_000L) long minorUnits,
      @ForAll @DateRange(min = "2017-01-01", max = "2030-12-31") LocalDate on) {
    Money amount = Money.ofMinor(entity.currency(), minorUnits);
    Fee fee = entity.fee(amount, holder, on);
    assertThat(fee.fee().plus(fee.remainder())).isEqualTo(amount);
    assertThat(fee.fee().isNegative()).isFalse();
    assertThat(fee.fee()).isLessThanOrEqualTo(amount);
  }

  @Property(tries = 2000)
  void feeIsTheExactProductRoundedHalfUp(@ForAll("entities") NationalEntity entity, @ForAll HolderKind holder,
      @ForAll @LongRange(min = 0, max = 100_000_000_000L) long minorUnits,
      @ForAll @DateRange(min = "2017-01-01", max = "2030-12-31") LocalDate on) {
    Money amount = Money.ofMinor(entity.currency(), minorUnits);
    BigDecimal exact = amount.getAmount().multiply(ShippedRates.fee(entity.code(), holder, on));
    Money fee = entity.fee(amount, holder, on).fee();
    assertThat(fee.getAmount().subtract(exact).abs()).isLessThanOrEqualTo(new BigDecimal("0.005"));
    assertThat(fee.getAmount()).isEqualTo(exact.setScale(entity.currency().getDecimalPlaces(), RoundingMode.HALF_UP));
  }

  @Provide
  Arbitrary<NationalEntity> entities() {
    return Arbitraries.of(CATALOG.entities());
  }
}
