package coop.smart.core.payout;

import java.time.LocalDate;
import java.util.List;

/** The transfers to members of one entity, recorded once each: an end-to-end id is never recorded twice. */
public interface BankTransferRepository {

  /** Records {@code transfer} in the caller's transaction. */
  void record(BankTransfer transfer);

  /** The transfers of {@code day}, in the order they were recorded. */
  List<BankTransfer> on(LocalDate day);
}
