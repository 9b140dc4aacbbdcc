package coop.smart.persistence;

import coop.smart.core.contract.ContractId;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.member.BankAccount;
import coop.smart.core.member.MemberId;
import coop.smart.core.payout.BankTransfer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.joda.money.Money;

/** Transfers to members, inserted only. */
@RegisterConstructorMapper(BankTransferDao.Row.class)
interface BankTransferDao {

  /** A row of {@code bank_transfers}; a withheld transfer has no IBAN. */
  record Row(String entity, String endToEndId, LocalDate executionDate, UUID memberId, String creditor, String iban, String bic,
             String accountHolder, String currency, Money amount, UUID contractId, UUID expenseEntry, String remittance, Instant recordedAt) {

    static Row of(BankTransfer transfer) {
      BankAccount account = transfer.account();
      return new Row(transfer.entity().value(), transfer.endToEndId(), transfer.on(), transfer.member().value(), transfer.creditor(),
          account == null ? null : account.iban(), account == null ? null : account.bic(), account == null ? null : account.holder(),
          transfer.amount().getCurrencyUnit().getCode(), transfer.amount(), transfer.contract() == null ? null : transfer.contract().value(),
          transfer.expense(), transfer.remittance(), transfer.recordedAt());
    }

    BankTransfer toTransfer() {
      return new BankTransfer(EntityCode.of(entity), executionDate, new MemberId(memberId), creditor,
          iban == null ? null : new BankAccount(iban, bic, accountHolder), amount, endToEndId,
          contractId == null ? null : new ContractId(contractId), expenseEntry, remittance, recordedAt);
    }
  }

  /** Inserts the rows in the order given, sent together: the driver sends a batch in one round trip. */
  @SqlBatch("INSERT INTO bank_transfers (entity, end_to_end_id, execution_date, member_id, creditor, iban, bic, account_holder, amount, currency,"
      + " contract_id, expense_entry, remittance, recorded_at) VALUES (:entity, :endToEndId, :executionDate, :memberId, :creditor, :iban, :bic,"
      + " :accountHolder, :amount, :currency, :contractId, :expenseEntry, :remittance, :recordedAt)")
  void insert(@BindMethods List<Row> rows);

  @SqlQuery("SELECT * FROM bank_transfers WHERE entity = :entity AND execution_date = :day ORDER BY seq")
  List<Row> on(String entity, LocalDate day);
}
