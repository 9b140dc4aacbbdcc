package coop.smart.persistence;

import coop.smart.core.entity.EntityCode;
import coop.smart.core.payout.BankTransfer;
import coop.smart.core.payout.BankTransferRepository;
import java.time.LocalDate;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** One entity's transfers to members in the insert-only {@code bank_transfers} table. */
public final class JdbiBankTransferRepository implements BankTransferRepository {

  private final Jdbi jdbi;
  private final EntityCode entity;

  public JdbiBankTransferRepository(Database database, EntityCode entity) {
    this.jdbi = database.jdbi();
    this.entity = entity;
  }

  @Override
  public void record(List<BankTransfer> transfers) {
    for (BankTransfer transfer : transfers) {
      if (!transfer.entity().equals(entity)) throw new IllegalArgumentException("transfer of " + transfer.entity() + " recorded in " + entity);
    }
    if (transfers.isEmpty()) return;
    String subject = transfers.size() == 1 ? "the transfer " + transfers.get(0).endToEndId() + " of " + entity
        : "one of the " + transfers.size() + " transfers " + transfers.get(0).endToEndId() + "… of " + entity;
    SqlStates.insert(subject, () -> jdbi.useHandle(handle -> BankTransferDao.insert(handle, transfers.stream().map(BankTransferDao.Row::of).toList())));
  }

  @Override
  public List<BankTransfer> on(LocalDate day) {
    return jdbi.withExtension(BankTransferDao.class, dao -> dao.on(entity.value(), day)).stream().map(BankTransferDao.Row::toTransfer).toList();
  }
}
