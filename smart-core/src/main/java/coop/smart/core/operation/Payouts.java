package coop.smart.core.operation;

import coop.smart.core.error.NotFoundException;
import coop.smart.core.payout.BankTransfer;
import coop.smart.core.payout.PayoutDay;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The transfers to members the entity orders its bank to make, day by day: the salaries a payment
 * run paid ({@link SalaryRuns#pay}) and the expenses refunded from activities' budgets
 * ({@link Activities#reimburse}), each recorded in the transaction that paid it in the ledger.
 */
public final class Payouts {

  private final EntityStores stores;

  public Payouts(EntityStores stores) {
    this.stores = stores;
  }

  /**
   * The transfers of {@code day}, read from what was recorded: the same day answers the same
   * transfers until another is recorded on it.
   *
   * @throws NotFoundException when no transfer was recorded on that day
   */
  public PayoutDay day(LocalDate day) {
    List<BankTransfer> transfers = stores.transfers().on(Objects.requireNonNull(day, "day"));
    if (transfers.isEmpty()) {
      throw new NotFoundException("no salary or refund was paid to a member on " + day + " in " + stores.entity().code()
          + ": a payment run or an expense refund on that day records its transfers");
    }
    return PayoutDay.of(day, stores.entity().currency(), transfers);
  }
}
