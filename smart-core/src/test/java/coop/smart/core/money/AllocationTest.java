package coop.smart.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** Allocation by hand: the largest remainders take the cents left. */
class AllocationTest {

  @Test
  void aZeroWeight_getsNothing_andTheCentsLeftGoToTheLargestRemainders() {
    // 10.00 by 1, 0, 2: exact 3.333… and 6.666…; 3.33 + 6.66 leaves a cent for the larger remainder, 6.666….
    assertThat(Allocation.byWeights(Money.parse("EUR 10.00"), List.of(BigDecimal.ONE, BigDecimal.ZERO, new BigDecimal("2"))))
        .containsExactly(Money.parse("EUR 3.33"), Money.parse("EUR 0.00"), Money.parse("EUR 6.67"));
  }

  @Test
  void share_isTheProRataPartRoundedHalfUp() {
    // The VAT a credit note of 500.00 gives back of an invoice of 1,210.00 carrying 210.00: 210 × 500 ÷ 1,210 = 86.776…
    assertThat(Allocation.share(Money.parse("EUR 210.00"), Money.parse("EUR 500.00"), Money.parse("EUR 1210.00")))
        .isEqualTo(Money.parse("EUR 86.78"));
    // 0.05 × 1 ÷ 2 = 0.025: half-up, not half-even
    assertThat(Allocation.share(Money.parse("EUR 0.05"), Money.parse("EUR 1.00"), Money.parse("EUR 2.00"))).isEqualTo(Money.parse("EUR 0.03"));
    assertThatThrownBy(() -> Allocation.share(Money.parse("EUR 1.00"), Money.parse("EUR 1.00"), Money.parse("EUR 0.00")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void negativeOrAllZeroWeights_areRefused() {
    assertThatThrownBy(() -> Allocation.byWeights(Money.parse("EUR 1.00"), List.of(BigDecimal.ONE, new BigDecimal("-1"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Allocation.byWeights(Money.parse("EUR 1.00"), List.of(BigDecimal.ZERO)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void amountChecks_giveBackTheAmountChecked() {
    Money amount = Money.parse("EUR 1.00");
    assertThat(Amounts.requireNonNegative(amount, "amount", amount.getCurrencyUnit(), "BE")).isSameAs(amount);
    assertThat(Amounts.requirePositive(amount, "amount", amount.getCurrencyUnit(), "BE")).isSameAs(amount);
  }
}
