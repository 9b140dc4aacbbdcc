package coop.smart.core.ledger;

import java.util.Objects;
import org.joda.money.Money;

/**
 * What was posted to an account: the sum of its debits and the sum of its credits, each
 * non-negative.
 */
public record Movements(Money debit, Money credit) {

  public Movements {
    Objects.requireNonNull(debit, "debit");
    Objects.requireNonNull(credit, "credit");
    if (debit.isNegative() || credit.isNegative()) throw new IllegalArgumentException("debits and credits are summed as non-negative amounts");
  }

  /** The movements of one posting: a debit or a credit. */
  public static Movements of(Posting posting) {
    Money zero = posting.amount().multipliedBy(0L);
    return posting.isDebit() ? new Movements(posting.amount(), zero) : new Movements(zero, posting.amount().negated());
  }

  public Movements plus(Movements other) {
    return new Movements(debit.plus(other.debit), credit.plus(other.credit));
  }

  /** Debits less credits: positive on a debit balance. */
  public Money balance() {
    return debit.minus(credit);
  }
}
