package coop.smart.persistence;

import static coop.smart.persistence.Columns.column;

import coop.smart.core.contract.ContractId;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.member.BankAccount;
import coop.smart.core.member.MemberId;
import coop.smart.core.payout.BankTransfer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
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

  /**
   * Inserts the rows in one statement, numbered ({@code seq}) in the order given: a salary run
   * records thousands of transfers at once.
   */
  static void insert(Handle handle, List<Row> rows) {
    handle.createUpdate("INSERT INTO bank_transfers (entity, end_to_end_id, execution_date, member_id, creditor, iban, bic, account_holder,"
            + " amount, currency, contract_id, expense_entry, remittance, recorded_at)"
            + " SELECT entity, end_to_end_id, execution_date, member_id, creditor, iban, bic, account_holder, amount, currency, contract_id,"
            + " expense_entry, remittance, recorded_at FROM unnest(CAST(:entity AS CHAR(2)[]), CAST(:endToEndId AS VARCHAR[]),"
            + " CAST(:executionDate AS DATE[]), CAST(:memberId AS UUID[]), CAST(:creditor AS VARCHAR[]), CAST(:iban AS VARCHAR[]),"
            + " CAST(:bic AS VARCHAR[]), CAST(:accountHolder AS VARCHAR[]), CAST(:amount AS NUMERIC[]), CAST(:currency AS CHAR(3)[]),"
            + " CAST(:contractId AS UUID[]), CAST(:expenseEntry AS UUID[]), CAST(:remittance AS VARCHAR[]), CAST(:recordedAt AS TIMESTAMPTZ[]))"
            + " WITH ORDINALITY AS given (entity, end_to_end_id, execution_date, member_id, creditor, iban, bic, account_holder, amount,"
            + " currency, contract_id, expense_entry, remittance, recorded_at, position) ORDER BY position")
        .bind("entity", column(rows, Row::entity))
        .bind("endToEndId", column(rows, Row::endToEndId))
        .bind("executionDate", column(rows, Row::executionDate))
        .bind("memberId", column(rows, Row::memberId))
        .bind("creditor", column(rows, Row::creditor))
        .bind("iban", column(rows, Row::iban))
        .bind("bic", column(rows, Row::bic))
        .bind("accountHolder", column(rows, Row::accountHolder))
        .bind("amount", column(rows, row -> row.amount().getAmount()))
        .bind("currency", column(rows, Row::currency))
        .bind("contractId", column(rows, Row::contractId))
        .bind("expenseEntry", column(rows, Row::expenseEntry))
        .bind("remittance", column(rows, Row::remittance))
        .bind("recordedAt", column(rows, Row::recordedAt))
        .execute();
  }

  @SqlQuery("SELECT * FROM bank_transfers WHERE entity = :entity AND execution_date = :day ORDER BY seq")
  List<Row> on(String entity, LocalDate day);
}
