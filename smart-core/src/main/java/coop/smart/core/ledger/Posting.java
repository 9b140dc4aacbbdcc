package coop.smart.core.ledger;

import java.util.Objects;
import org.joda.money.Money;

/** One line of a journal entry: a debit (positive amount) or a credit (negative) to an account. */
public record Posting(Account account, Money amount) {

  public Posting {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(amount, "amount");
    if (amount.isZero()) throw new IllegalArgumentException("a posting must move money: " + account + " " + amount);
  }

  public boolean isDebit() {
    return amount.isPositive();
  }
}
