package coop.smart.persistence;

import static coop.smart.persistence.Columns.column;

import coop.smart.core.bank.BankEntry;
import coop.smart.core.bank.EntryId;
import coop.smart.core.bank.EntryStatus;
import coop.smart.core.bank.ImportedStatement;
import coop.smart.core.bank.StatementEntry;
import coop.smart.core.bank.StatementId;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.invoice.InvoiceId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

@RegisterConstructorMapper(StatementDao.Row.class)
@RegisterConstructorMapper(StatementDao.EntryRow.class)
interface StatementDao {

  /** A row of {@code bank_statements}: the statement without its entries. */
  record Row(String entity, UUID id, String reference, String iban, Instant importedAt) {

    static Row of(ImportedStatement statement) {
      return new Row(statement.entity().value(), statement.id().value(), statement.reference(), statement.iban(), statement.importedAt());
    }

    ImportedStatement toStatement(List<StatementEntry> entries) {
      return new ImportedStatement(new StatementId(id), EntityCode.of(entity), reference, iban, importedAt, entries);
    }
  }

  /** A row of {@code bank_statement_entries}. */
  record EntryRow(String entity, UUID id, UUID statementId, int position, String reference, BigDecimal amount, String currency,
                  boolean credit, LocalDate bookingDate, LocalDate valueDate, String debtorName, String debtorIban, String remittance,
                  String quotedReference, EntryStatus status, UUID invoiceId, BigDecimal paid, BigDecimal clientCredit, String note) {

    static EntryRow of(EntityCode entity, StatementEntry entry) {
      BankEntry bank = entry.entry();
      return new EntryRow(entity.value(), entry.id().value(), entry.statement().value(), entry.position(), bank.reference(),
          bank.amount().getAmount(), bank.amount().getCurrencyUnit().getCode(), bank.credit(), bank.bookingDate(), bank.valueDate(),
          bank.debtorName(), bank.debtorIban(), bank.remittance(), bank.quotedReference(), entry.status(),
          entry.invoice() == null ? null : entry.invoice().value(), entry.paid().getAmount(), entry.clientCredit().getAmount(), entry.note());
    }

    StatementEntry toEntry() {
      CurrencyUnit unit = CurrencyUnit.of(currency);
      BankEntry bank = new BankEntry(reference, money(amount, unit), credit, bookingDate, valueDate, debtorName, debtorIban, remittance,
          quotedReference);
      return new StatementEntry(new EntryId(id), new StatementId(statementId), position, bank, status,
          invoiceId == null ? null : new InvoiceId(invoiceId), money(paid, unit), money(clientCredit, unit), note);
    }

    /** Stored at four decimals, read back at the currency's own, which it was written with. */
    private static Money money(BigDecimal stored, CurrencyUnit unit) {
      return Money.of(unit, stored.setScale(unit.getDecimalPlaces(), RoundingMode.UNNECESSARY));
    }
  }

  @SqlUpdate("INSERT INTO bank_statements (entity, id, reference, iban, imported_at) VALUES (:entity, :id, :reference, :iban, :importedAt)")
  void insert(@BindMethods Row row);

  /** Inserts a statement's entries in one statement: a day's statement brings thousands. */
  static void insertEntries(Handle handle, List<EntryRow> rows) {
    handle.createUpdate("INSERT INTO bank_statement_entries (entity, id, statement_id, position, reference, amount, currency, credit,"
            + " booking_date, value_date, debtor_name, debtor_iban, remittance, quoted_reference, status, invoice_id, paid, client_credit, note)"
            + " SELECT * FROM unnest(CAST(:entity AS CHAR(2)[]), CAST(:id AS UUID[]), CAST(:statementId AS UUID[]), CAST(:position AS INTEGER[]),"
            + " CAST(:reference AS VARCHAR[]), CAST(:amount AS NUMERIC[]), CAST(:currency AS CHAR(3)[]), CAST(:credit AS BOOLEAN[]),"
            + " CAST(:bookingDate AS DATE[]), CAST(:valueDate AS DATE[]), CAST(:debtorName AS VARCHAR[]), CAST(:debtorIban AS VARCHAR[]),"
            + " CAST(:remittance AS VARCHAR[]), CAST(:quotedReference AS VARCHAR[]), CAST(:status AS VARCHAR[]), CAST(:invoiceId AS UUID[]),"
            + " CAST(:paid AS NUMERIC[]), CAST(:clientCredit AS NUMERIC[]), CAST(:note AS VARCHAR[]))")
        .bind("entity", column(rows, EntryRow::entity))
        .bind("id", column(rows, EntryRow::id))
        .bind("statementId", column(rows, EntryRow::statementId))
        .bind("position", column(rows, EntryRow::position))
        .bind("reference", column(rows, EntryRow::reference))
        .bind("amount", column(rows, EntryRow::amount))
        .bind("currency", column(rows, EntryRow::currency))
        .bind("credit", column(rows, EntryRow::credit))
        .bind("bookingDate", column(rows, EntryRow::bookingDate))
        .bind("valueDate", column(rows, EntryRow::valueDate))
        .bind("debtorName", column(rows, EntryRow::debtorName))
        .bind("debtorIban", column(rows, EntryRow::debtorIban))
        .bind("remittance", column(rows, EntryRow::remittance))
        .bind("quotedReference", column(rows, EntryRow::quotedReference))
        .bind("status", column(rows, EntryRow::status))
        .bind("invoiceId", column(rows, EntryRow::invoiceId))
        .bind("paid", column(rows, EntryRow::paid))
        .bind("clientCredit", column(rows, EntryRow::clientCredit))
        .bind("note", column(rows, EntryRow::note))
        .execute();
  }

  @SqlQuery("SELECT * FROM bank_statements WHERE entity = :entity AND id = :id")
  Optional<Row> find(String entity, UUID id);

  @SqlQuery("SELECT * FROM bank_statements WHERE entity = :entity AND reference = :reference")
  Optional<Row> findByReference(String entity, String reference);

  @SqlQuery("SELECT * FROM bank_statement_entries WHERE entity = :entity AND statement_id = :statementId ORDER BY position")
  List<EntryRow> entries(String entity, UUID statementId);

  @SqlQuery("SELECT reference FROM bank_statement_entries WHERE entity = :entity AND reference = ANY(CAST(:references AS VARCHAR[]))"
      + " ORDER BY reference")
  List<String> importedEntries(String entity, String[] references);

  @SqlQuery("SELECT * FROM bank_statement_entries WHERE entity = :entity AND id = :id")
  Optional<EntryRow> entry(String entity, UUID id);

  /** Resolves an entry only while it still waits: two advisors resolving it at once cannot both succeed. */
  @SqlUpdate("UPDATE bank_statement_entries SET status = :status, invoice_id = :invoiceId, paid = :paid, client_credit = :clientCredit,"
      + " note = :note WHERE entity = :entity AND id = :id AND status IN ('UNMATCHED', 'SUGGESTED')")
  int resolve(@BindMethods EntryRow row);

  @SqlQuery("SELECT * FROM bank_statement_entries WHERE entity = :entity AND status IN ('UNMATCHED', 'SUGGESTED')"
      + " AND (CAST(:after AS UUID) IS NULL OR id > :after) ORDER BY id LIMIT :limit")
  List<EntryRow> waiting(String entity, UUID after, int limit);
}
