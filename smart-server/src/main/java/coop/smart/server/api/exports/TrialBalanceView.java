package coop.smart.server.api.exports;

import coop.smart.core.books.TrialBalance;
import coop.smart.core.ledger.Movements;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;

/** The trial balance as the API shows it: each general account's debits, credits and balance (debit − credit), and their totals. */
record TrialBalanceView(String entity, LocalDate on, List<Line> accounts, Total total) {

  record Line(String account, String name, Money debit, Money credit, Money balance) {
  }

  record Total(Money debit, Money credit, Money balance) {

    static Total of(Movements movements) {
      return new Total(movements.debit(), movements.credit(), movements.balance());
    }
  }

  static TrialBalanceView of(String entity, TrialBalance trial) {
    return new TrialBalanceView(entity, trial.on(), trial.lines().stream().map(line -> new Line(line.account().number(), line.account().name(),
        line.movements().debit(), line.movements().credit(), line.balance())).toList(), Total.of(trial.total()));
  }
}
