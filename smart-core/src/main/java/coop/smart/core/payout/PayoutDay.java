package coop.smart.core.payout;

import java.time.LocalDate;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The transfers to members of one day: those the bank can be asked to make, in the order they
 * were recorded, and those withheld because the member gave no bank account.
 */
public record PayoutDay(LocalDate on, CurrencyUnit currency, List<BankTransfer> orderable, List<BankTransfer> withheld) {

  public PayoutDay {
    orderable = List.copyOf(orderable);
    withheld = List.copyOf(withheld);
  }

  public static PayoutDay of(LocalDate on, CurrencyUnit currency, List<BankTransfer> transfers) {
    return new PayoutDay(on, currency, transfers.stream().filter(transfer -> !transfer.withheld()).toList(),
        transfers.stream().filter(BankTransfer::withheld).toList());
  }

  /** What the orderable transfers pay together: the control sum of the day's payment order. */
  public Money controlSum() {
    return Money.total(currency, orderable.stream().map(BankTransfer::amount).toList());
  }
}
