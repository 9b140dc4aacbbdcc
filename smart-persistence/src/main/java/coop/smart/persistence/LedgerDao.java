package coop.smart.persistence;

import static coop.smart.persistence.Columns.date;
import static coop.smart.persistence.Columns.enumerated;
import static coop.smart.persistence.Columns.uuid;
import static coop.smart.persistence.Columns.values;

import coop.smart.core.ledger.Account;
import coop.smart.core.ledger.AccountType;
import coop.smart.core.ledger.BalanceDrift;
import coop.smart.core.ledger.JournalEntry;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.result.ResultIterable;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Entries and postings, inserted only; every query reads one entity's ledger in one currency.
 * Made on the handle of each call, with Jdbi's core API: every money movement and every guard on
 * a balance goes through it, and a SqlObject would be attached and its handlers looked up each time.
 */
final class LedgerDao {

  /**
   * A row of {@code postings}. The entity-wide account of a type is stored with the subject '',
   * which no party's account can have, so an account is always a two-column key.
   */
  record PostingRow(String entity, UUID entryId, int line, AccountType accountType, String accountSubject, String currency, Money amount) {

    static List<PostingRow> of(JournalEntry entry) {
      return Lines.numbered(entry.postings(), (line, posting) -> new PostingRow(entry.entity().value(), entry.id(), line,
          posting.account().type(), subject(posting.account()), posting.amount().getCurrencyUnit().getCode(), posting.amount()));
    }

    static String subject(Account account) {
      return account.subject() == null ? "" : account.subject();
    }

    static Account account(AccountType type, String subject) {
      return new Account(type, subject.isEmpty() ? null : subject);
    }
  }

  /** One posting read back with its entry's columns. */
  record PostingLine(long seq, UUID entryId, LocalDate entryDate, String description, String reference, AccountType accountType,
                     String accountSubject, String currency, Money amount) {
  }

  /** What was posted to an account type, debits and credits summed apart. */
  record TypeMovements(AccountType accountType, BigDecimal debit, BigDecimal credit) {
  }

  /** What was posted to one account, debits and credits summed apart. */
  record AccountMovements(BigDecimal debit, BigDecimal credit) {
  }

  /** A line of the trial balance as summed by the database. */
  record AccountBalance(AccountType accountType, String accountSubject, BigDecimal balance) {
  }

  private static final String LINES = "SELECT e.seq, e.id AS entry_id, e.entry_date, e.description, e.reference, p.account_type, p.account_subject, p.currency, p.amount"
      + " FROM journal_entries e JOIN postings p ON p.entity = e.entity AND p.entry_id = e.id"
      + " WHERE e.entity = :entity AND e.currency = :currency";
  private static final String ORDER_POSTED = " ORDER BY e.seq, p.line";
  private static final String ACCOUNT = " p.entity = :entity AND p.currency = :currency AND p.account_type = :type AND p.account_subject = :subject";

  /**
   * Entries and their postings in one statement, whatever their number: each column bound as an
   * array and unnested, entries numbered ({@code seq}) in the order given, postings inserted for the
   * entries inserted only; answers how many postings it inserted. It adds what it posts to each
   * party's account to the account's kept balance, the rows taken in the accounts' order, so two
   * postings to accounts in common wait for each other instead of deadlocking. Run on the handle:
   * every money movement posts.
   */
  static final String POST = "WITH entry AS (INSERT INTO journal_entries (entity, id, entry_date, description, reference, currency)"
      + " SELECT * FROM unnest(CAST(:entity AS CHAR(2)[]), CAST(:id AS UUID[]), CAST(:entryDate AS DATE[]),"
      + " CAST(:description AS VARCHAR[]), CAST(:reference AS VARCHAR[]), CAST(:currency AS CHAR(3)[])) RETURNING entity, id),"
      + " posting AS (INSERT INTO postings (entity, entry_id, line, account_type, account_subject, amount, currency)"
      + " SELECT given.* FROM unnest(CAST(:postingEntity AS CHAR(2)[]), CAST(:entryId AS UUID[]), CAST(:line AS INTEGER[]),"
      + " CAST(:accountType AS VARCHAR[]), CAST(:accountSubject AS VARCHAR[]), CAST(:amount AS NUMERIC[]),"
      + " CAST(:postingCurrency AS CHAR(3)[])) AS given (entity, entry_id, line, account_type, account_subject, amount, currency)"
      + " JOIN entry ON entry.entity = given.entity AND entry.id = given.entry_id"
      + " RETURNING entity, currency, account_type, account_subject, amount),"
      + " kept AS (INSERT INTO account_balances (entity, currency, account_type, account_subject, balance)"
      + " SELECT entity, currency, account_type, account_subject, SUM(amount) FROM posting WHERE account_subject <> ''"
      + " GROUP BY entity, currency, account_type, account_subject ORDER BY entity, currency, account_type, account_subject"
      + " ON CONFLICT (entity, currency, account_type, account_subject) DO UPDATE SET balance = account_balances.balance + EXCLUDED.balance)"
      + " SELECT COUNT(*) FROM posting";

  /** Lines are streamed this many at a time where a period or the rest of the journal is read. */
  private static final int FETCHED = 10_000;

  private final Handle handle;
  private final String entity;
  private final String currency;

  LedgerDao(Handle handle, String entity, String currency) {
    this.handle = handle;
    this.entity = entity;
    this.currency = currency;
  }

  BigDecimal balance(AccountType type, String subject) {
    return account(query("SELECT COALESCE(SUM(p.amount), 0) FROM postings p WHERE" + ACCOUNT), type, subject).mapTo(BigDecimal.class).one();
  }

  BigDecimal balanceAsOf(AccountType type, String subject, LocalDate asOf) {
    return account(query("SELECT COALESCE(SUM(p.amount), 0) FROM postings p JOIN journal_entries e ON e.entity = p.entity AND e.id = p.entry_id"
        + " WHERE" + ACCOUNT + " AND e.entry_date <= :asOf"), type, subject).bind("asOf", asOf).mapTo(BigDecimal.class).one();
  }

  /** The kept balance of the party's account {@code type}/{@code subject}, zero when nothing was posted to it. */
  BigDecimal keptBalance(AccountType type, String subject) {
    return account(query("SELECT COALESCE((SELECT balance FROM account_balances WHERE entity = :entity AND currency = :currency"
        + " AND account_type = :type AND account_subject = :subject), 0)"), type, subject).mapTo(BigDecimal.class).one();
  }

  /** The kept balances of the parties' accounts {@code types[i]}/{@code subjects[i]} that have postings, one row each. */
  List<AccountBalance> keptBalances(List<String> types, List<String> subjects) {
    return ofAccounts("SELECT k.account_type, k.account_subject, k.balance FROM account_balances k" + wanted("k")
        + " WHERE k.entity = :entity AND k.currency = :currency", types, subjects);
  }

  /** Each party's account whose kept balance is not its postings' sum, or that has one without the other: none in sound books. */
  List<BalanceDrift> driftedBalances() {
    CurrencyUnit money = CurrencyUnit.of(currency);
    return query("SELECT COALESCE(k.account_type, p.account_type) AS account_type, COALESCE(k.account_subject, p.account_subject) AS account_subject,"
        + " COALESCE(k.balance, 0) AS kept, COALESCE(p.balance, 0) AS posted"
        + " FROM (SELECT * FROM account_balances WHERE entity = :entity AND currency = :currency) k"
        + " FULL JOIN (SELECT account_type, account_subject, SUM(amount) AS balance FROM postings"
        + " WHERE entity = :entity AND currency = :currency AND account_subject <> '' GROUP BY account_type, account_subject) p"
        + " ON k.account_type = p.account_type AND k.account_subject = p.account_subject"
        + " WHERE COALESCE(k.balance, 0) <> COALESCE(p.balance, 0)")
        .map((row, context) -> new BalanceDrift(PostingRow.account(enumerated(AccountType.class, row, "account_type"), row.getString("account_subject")),
            MoneyColumnMapper.money(money, row.getBigDecimal("kept")), MoneyColumnMapper.money(money, row.getBigDecimal("posted")))).list();
  }

  /** The balances of the accounts {@code types[i]}/{@code subjects[i]} that have postings, in one query on the accounts' index. */
  List<AccountBalance> balances(List<String> types, List<String> subjects) {
    return ofAccounts("SELECT p.account_type, p.account_subject, SUM(p.amount) AS balance FROM postings p" + wanted("p")
        + " WHERE p.entity = :entity AND p.currency = :currency GROUP BY p.account_type, p.account_subject", types, subjects);
  }

  /** The rows of {@code table}, by its alias, of the accounts {@code types[i]}/{@code subjects[i]} asked for. */
  private static String wanted(String table) {
    return " JOIN UNNEST(CAST(:types AS VARCHAR[]), CAST(:subjects AS VARCHAR[])) AS wanted (account_type, account_subject)"
        + " ON " + table + ".account_type = wanted.account_type AND " + table + ".account_subject = wanted.account_subject";
  }

  private List<AccountBalance> ofAccounts(String sql, List<String> types, List<String> subjects) {
    return query(sql).bind("types", values(types)).bind("subjects", values(subjects)).map(LedgerDao::accountBalance).list();
  }

  List<AccountBalance> trialBalance() {
    return query("SELECT account_type, account_subject, SUM(amount) AS balance FROM postings"
        + " WHERE entity = :entity AND currency = :currency GROUP BY account_type, account_subject HAVING SUM(amount) <> 0")
        .map(LedgerDao::accountBalance).list();
  }

  List<UUID> unbalancedEntries() {
    return query("SELECT entry_id FROM postings WHERE entity = :entity AND currency = :currency GROUP BY entry_id HAVING SUM(amount) <> 0")
        .mapTo(UUID.class).list();
  }

  List<PostingLine> lines() {
    return query(LINES + ORDER_POSTED).map(LedgerDao::postingLine).list();
  }

  /** The lines of the entries dated from {@code from} to {@code to}, by date then as posted, streamed. */
  ResultIterable<PostingLine> linesBetween(LocalDate from, LocalDate to) {
    return query(LINES + " AND e.entry_date BETWEEN :from AND :to ORDER BY e.entry_date, e.seq, p.line").bind("from", from).bind("to", to)
        .setFetchSize(FETCHED).map(LedgerDao::postingLine);
  }

  List<TypeMovements> movements(LocalDate asOf) {
    return query("SELECT p.account_type, SUM(GREATEST(p.amount, 0)) AS debit, SUM(GREATEST(-p.amount, 0)) AS credit"
        + " FROM postings p JOIN journal_entries e ON e.entity = p.entity AND e.id = p.entry_id"
        + " WHERE p.entity = :entity AND p.currency = :currency AND e.entry_date <= :asOf GROUP BY p.account_type")
        .bind("asOf", asOf).map(LedgerDao::typeMovements).list();
  }

  List<TypeMovements> allMovements() {
    return query("SELECT account_type, SUM(GREATEST(amount, 0)) AS debit, SUM(GREATEST(-amount, 0)) AS credit"
        + " FROM postings WHERE entity = :entity AND currency = :currency GROUP BY account_type")
        .map(LedgerDao::typeMovements).list();
  }

  AccountMovements accountMovements(AccountType type, String subject, LocalDate from, LocalDate to) {
    return account(query("SELECT COALESCE(SUM(GREATEST(p.amount, 0)), 0) AS debit, COALESCE(SUM(GREATEST(-p.amount, 0)), 0) AS credit"
        + " FROM postings p JOIN journal_entries e ON e.entity = p.entity AND e.id = p.entry_id"
        + " WHERE" + ACCOUNT + " AND e.entry_date BETWEEN :from AND :to"), type, subject).bind("from", from).bind("to", to)
        .map((row, context) -> new AccountMovements(row.getBigDecimal("debit"), row.getBigDecimal("credit"))).one();
  }

  long position() {
    return query("SELECT COALESCE(MAX(seq), 0) FROM journal_entries WHERE entity = :entity AND currency = :currency").mapTo(Long.class).one();
  }

  /** The lines of the entries posted after {@code after}, as posted, streamed. */
  ResultIterable<PostingLine> linesAfter(long after) {
    return query(LINES + " AND e.seq > :after" + ORDER_POSTED).bind("after", after).setFetchSize(FETCHED).map(LedgerDao::postingLine);
  }

  /** Each entry after {@code after} summed on its own through the postings' key: the cost of the entries asked for, not of the ledger. */
  List<UUID> unbalancedEntriesAfter(long after) {
    return query("SELECT e.id FROM journal_entries e WHERE e.entity = :entity AND e.currency = :currency AND e.seq > :after"
        + " AND (SELECT SUM(p.amount) FROM postings p WHERE p.entity = e.entity AND p.entry_id = e.id) <> 0")
        .bind("after", after).mapTo(UUID.class).list();
  }

  List<PostingLine> linesOf(AccountType type, String subject) {
    return account(query(LINES + " AND e.id IN (SELECT p.entry_id FROM postings p WHERE" + ACCOUNT + ")" + ORDER_POSTED), type, subject)
        .map(LedgerDao::postingLine).list();
  }

  private Query query(String sql) {
    return handle.createQuery(sql).bind("entity", entity).bind("currency", currency);
  }

  private static Query account(Query query, AccountType type, String subject) {
    return query.bind("type", type.name()).bind("subject", subject);
  }

  private static PostingLine postingLine(ResultSet row, StatementContext context) throws SQLException {
    String currency = row.getString("currency");
    return new PostingLine(row.getLong("seq"), uuid(row, "entry_id"), date(row, "entry_date"), row.getString("description"),
        row.getString("reference"), enumerated(AccountType.class, row, "account_type"), row.getString("account_subject"), currency,
        MoneyColumnMapper.money(CurrencyUnit.of(currency), row.getBigDecimal("amount")));
  }

  private static AccountBalance accountBalance(ResultSet row, StatementContext context) throws SQLException {
    return new AccountBalance(enumerated(AccountType.class, row, "account_type"), row.getString("account_subject"), row.getBigDecimal("balance"));
  }

  private static TypeMovements typeMovements(ResultSet row, StatementContext context) throws SQLException {
    return new TypeMovements(enumerated(AccountType.class, row, "account_type"), row.getBigDecimal("debit"), row.getBigDecimal("credit"));
  }
}
