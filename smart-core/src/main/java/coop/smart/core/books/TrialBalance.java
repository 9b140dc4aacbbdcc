package coop.smart.core.books;

import coop.smart.core.entity.ChartAccount;
import coop.smart.core.ledger.AccountType;
import coop.smart.core.ledger.Movements;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The trial balance on a date in the entity's chart: each general account's debits and credits
 * up to that date, in the order of their numbers. Its balances (debits less credits) add up to
 * zero, as every entry is balanced.
 */
public record TrialBalance(LocalDate on, List<Line> lines, Movements total) {

  /** One general account's movements. */
  public record Line(ChartAccount account, Movements movements) {

    /** Debits less credits: positive on a debit balance. */
    public Money balance() {
      return movements.balance();
    }
  }

  public TrialBalance {
    Objects.requireNonNull(on, "on");
    lines = List.copyOf(lines);
    Objects.requireNonNull(total, "total");
  }

  /** The trial balance of the ledger's {@code movements} per account type, summed per general account of {@code chart}. */
  public static TrialBalance of(LocalDate on, Map<AccountType, Movements> movements, LedgerChart chart, CurrencyUnit currency) {
    Map<String, Line> byNumber = new TreeMap<>();
    Movements total = new Movements(Money.zero(currency), Money.zero(currency));
    for (Map.Entry<AccountType, Movements> line : movements.entrySet()) {
      ChartAccount account = chart.account(line.getKey());
      byNumber.merge(account.number(), new Line(account, line.getValue()), (a, b) -> new Line(a.account(), a.movements().plus(b.movements())));
      total = total.plus(line.getValue());
    }
    return new TrialBalance(on, List.copyOf(byNumber.values()), total);
  }
}
