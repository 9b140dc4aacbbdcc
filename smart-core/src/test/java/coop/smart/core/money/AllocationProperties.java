package coop.smart.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.joda.money.Money;

class AllocationProperties {

  @Property
  void sharesSumToTheTotal_andEachIsWithinACentOfItsExactShare(@ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long minor,
      @ForAll @Size(min = 1, max = 6) List<@IntRange(min = 0, max = 10_000) Integer> weights) {
    Assume.that(weights.stream().mapToInt(Integer::intValue).sum() > 0);
    Money total = Money.ofMinor(org.joda.money.CurrencyUnit.EUR, minor);
    List<BigDecimal> decimalWeights = weights.stream().map(BigDecimal::valueOf).toList();
    List<Money> shares = Allocation.byWeights(total, decimalWeights);
    assertThat(shares.stream().reduce(Money.zero(total.getCurrencyUnit()), Money::plus)).isEqualTo(total);
    BigDecimal sum = BigDecimal.valueOf(weights.stream().mapToInt(Integer::intValue).sum());
    for (int i = 0; i < shares.size(); i++) {
      BigDecimal exact = BigDecimal.valueOf(minor).multiply(decimalWeights.get(i)).divide(sum, 10, java.math.RoundingMode.HALF_EVEN);
      assertThat(BigDecimal.valueOf(shares.get(i).getAmountMinorLong()).subtract(exact).abs()).isLessThan(BigDecimal.ONE);
    }
  }
}
