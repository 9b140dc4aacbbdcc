package coop.smart.core.payout;

import java.time.LocalDate;
import java.util.List;

/** The transfers to members of one entity, recorded once each: an end-to-end id is never recorded twice. */
public interface BankTransferRepository {

  /** Records {@code transfer} in the caller's transaction. */
  default void record(BankTransfer transfer) {
    record(List.of(transfer));
  }

  /** Records {@code transfers}, in that order, in the caller's transaction and in one batch: a salary run records hundreds. */
  void record(List<BankTransfer> transfers);

  /** The transfers of {@code day}, in the order they were recorded. */
  List<BankTransfer> on(LocalDate day);
}
