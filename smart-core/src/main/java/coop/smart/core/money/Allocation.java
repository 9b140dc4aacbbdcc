package coop.smart.core.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.joda.money.Money;

/**
 * Splits an amount in proportion to weights without losing a cent: each share is first
 * rounded down to the minor unit, then the cents left over go one each to the shares with the
 * largest remainders (earlier shares first on a tie). The shares always sum to the total.
 */
public final class Allocation {

  private Allocation() {
  }

  /**
   * {@code half-up(whole × part ÷ of)}: the share of {@code whole} that {@code part} is of
   * {@code of}, e.g. the VAT a credit note gives back of an invoice's VAT. Taken on cumulated
   * parts and less the shares already taken, it never loses or adds a cent at the end.
   */
  public static Money share(Money whole, Money part, Money of) {
    if (of.isZero()) throw new IllegalArgumentException("no share of nothing: " + of);
    return Money.of(whole.getCurrencyUnit(), whole.getAmount().multiply(part.getAmount())
        .divide(of.getAmount(), whole.getCurrencyUnit().getDecimalPlaces(), RoundingMode.HALF_UP));
  }

  /** A non-negative {@code total} split in proportion to {@code weights} (non-negative, not all zero). */
  public static List<Money> byWeights(Money total, List<BigDecimal> weights) {
    if (total.isNegative()) throw new IllegalArgumentException("cannot allocate a negative amount: " + total);
    if (weights.isEmpty()) throw new IllegalArgumentException("nothing to allocate to");
    BigDecimal sum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (weights.stream().anyMatch(weight -> weight.signum() < 0) || sum.signum() == 0) {
      throw new IllegalArgumentException("weights must be non-negative and not all zero: " + weights);
    }
    BigInteger minor = total.getAmountMinor().toBigInteger();
    List<BigInteger> shares = new ArrayList<>();
    List<BigDecimal> remainders = new ArrayList<>();
    BigInteger allocated = BigInteger.ZERO;
    for (BigDecimal weight : weights) {
      BigDecimal[] quotient = new BigDecimal(minor).multiply(weight).divideAndRemainder(sum);
      shares.add(quotient[0].toBigIntegerExact());
      remainders.add(quotient[1]);
      allocated = allocated.add(quotient[0].toBigIntegerExact());
    }
    int leftover = minor.subtract(allocated).intValueExact();
    IntStream.range(0, weights.size()).boxed()
        .sorted(Comparator.comparing((Integer i) -> remainders.get(i)).reversed().thenComparing(i -> i))
        .limit(leftover)
        .forEach(i -> shares.set(i, shares.get(i).add(BigInteger.ONE)));
    return shares.stream()
        .map(share -> Money.ofMinor(total.getCurrencyUnit(), share.longValueExact()))
        .toList();
  }
}
