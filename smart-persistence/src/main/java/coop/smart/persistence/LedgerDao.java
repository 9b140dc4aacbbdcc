package coop.smart.persistence;

import coop.smart.core.ledger.Account;
import coop.smart.core.ledger.AccountType;
import coop.smart.core.ledger.JournalEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.result.ResultIterable;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.FetchSize;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.joda.money.Money;

/** Entries and postings, inserted only; every query reads one entity's ledger in one currency. */
@RegisterConstructorMapper(LedgerDao.PostingLine.class)
@RegisterConstructorMapper(LedgerDao.AccountBalance.class)
@RegisterConstructorMapper(LedgerDao.TypeMovements.class)
@RegisterConstructorMapper(LedgerDao.AccountMovements.class)
interface LedgerDao {

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

  String LINES = "SELECT e.seq, e.id AS entry_id, e.entry_date, e.description, e.reference, p.account_type, p.account_subject, p.currency, p.amount"
      + " FROM journal_entries e JOIN postings p ON p.entity = e.entity AND p.entry_id = e.id"
      + " WHERE e.entity = :entity AND e.currency = :currency";
  String ORDER_POSTED = " ORDER BY e.seq, p.line";
  String ACCOUNT = " p.entity = :entity AND p.currency = :currency AND p.account_type = :type AND p.account_subject = :subject";

  /**
   * Entries and their postings in one statement, whatever their number: each column bound as an
   * array and unnested, entries numbered ({@code seq}) in the order given, postings inserted for the
   * entries inserted only; answers how many postings it inserted. Run on the handle: every money
   * movement posts.
   */
  String POST = "WITH entry AS (INSERT INTO journal_entries (entity, id, entry_date, description, reference, currency)"
      + " SELECT * FROM unnest(CAST(:entity AS CHAR(2)[]), CAST(:id AS UUID[]), CAST(:entryDate AS DATE[]),"
      + " CAST(:description AS VARCHAR[]), CAST(:reference AS VARCHAR[]), CAST(:currency AS CHAR(3)[])) RETURNING entity, id),"
      + " posting AS (INSERT INTO postings (entity, entry_id, line, account_type, account_subject, amount, currency)"
      + " SELECT given.* FROM unnest(CAST(:postingEntity AS CHAR(2)[]), CAST(:entryId AS UUID[]), CAST(:line AS INTEGER[]),"
      + " CAST(:accountType AS VARCHAR[]), CAST(:accountSubject AS VARCHAR[]), CAST(:amount AS NUMERIC[]),"
      + " CAST(:postingCurrency AS CHAR(3)[])) AS given (entity, entry_id, line, account_type, account_subject, amount, currency)"
      + " JOIN entry ON entry.entity = given.entity AND entry.id = given.entry_id RETURNING 1)"
      + " SELECT COUNT(*) FROM posting";

  @SqlQuery("SELECT COALESCE(SUM(p.amount), 0) FROM postings p WHERE" + ACCOUNT)
  BigDecimal balance(String entity, String currency, AccountType type, String subject);

  @SqlQuery("SELECT COALESCE(SUM(p.amount), 0) FROM postings p JOIN journal_entries e ON e.entity = p.entity AND e.id = p.entry_id"
      + " WHERE" + ACCOUNT + " AND e.entry_date <= :asOf")
  BigDecimal balanceAsOf(String entity, String currency, AccountType type, String subject, LocalDate asOf);

  /** The balances of the accounts {@code types[i]}/{@code subjects[i]} that have postings, in one query on the accounts' index. */
  @SqlQuery("SELECT p.account_type, p.account_subject, SUM(p.amount) AS balance FROM postings p"
      + " JOIN UNNEST(CAST(:types AS VARCHAR[]), CAST(:subjects AS VARCHAR[])) AS wanted (account_type, account_subject)"
      + " ON p.account_type = wanted.account_type AND p.account_subject = wanted.account_subject"
      + " WHERE p.entity = :entity AND p.currency = :currency GROUP BY p.account_type, p.account_subject")
  List<AccountBalance> balances(String entity, String currency, String[] types, String[] subjects);

  @SqlQuery("SELECT account_type, account_subject, SUM(amount) AS balance FROM postings"
      + " WHERE entity = :entity AND currency = :currency GROUP BY account_type, account_subject HAVING SUM(amount) <> 0")
  List<AccountBalance> trialBalance(String entity, String currency);

  @SqlQuery("SELECT entry_id FROM postings WHERE entity = :entity AND currency = :currency GROUP BY entry_id HAVING SUM(amount) <> 0")
  List<UUID> unbalancedEntries(String entity, String currency);

  @SqlQuery(LINES + ORDER_POSTED)
  List<PostingLine> lines(String entity, String currency);

  /** The lines of the entries dated from {@code from} to {@code to}, by date then as posted, fetched 10,000 at a time. */
  @SqlQuery(LINES + " AND e.entry_date BETWEEN :from AND :to ORDER BY e.entry_date, e.seq, p.line")
  @FetchSize(10_000)
  ResultIterable<PostingLine> linesBetween(String entity, String currency, LocalDate from, LocalDate to);

  @SqlQuery("SELECT p.account_type, SUM(GREATEST(p.amount, 0)) AS debit, SUM(GREATEST(-p.amount, 0)) AS credit"
      + " FROM postings p JOIN journal_entries e ON e.entity = p.entity AND e.id = p.entry_id"
      + " WHERE p.entity = :entity AND p.currency = :currency AND e.entry_date <= :asOf GROUP BY p.account_type")
  List<TypeMovements> movements(String entity, String currency, LocalDate asOf);

  @SqlQuery("SELECT account_type, SUM(GREATEST(amount, 0)) AS debit, SUM(GREATEST(-amount, 0)) AS credit"
      + " FROM postings WHERE entity = :entity AND currency = :currency GROUP BY account_type")
  List<TypeMovements> allMovements(String entity, String currency);

  @SqlQuery("SELECT COALESCE(SUM(GREATEST(p.amount, 0)), 0) AS debit, COALESCE(SUM(GREATEST(-p.amount, 0)), 0) AS credit"
      + " FROM postings p JOIN journal_entries e ON e.entity = p.entity AND e.id = p.entry_id"
      + " WHERE" + ACCOUNT + " AND e.entry_date BETWEEN :from AND :to")
  AccountMovements accountMovements(String entity, String currency, AccountType type, String subject, LocalDate from, LocalDate to);

  @SqlQuery("SELECT COALESCE(MAX(seq), 0) FROM journal_entries WHERE entity = :entity AND currency = :currency")
  long position(String entity, String currency);

  /** The lines of the entries posted after {@code after}, as posted, fetched 10,000 at a time. */
  @SqlQuery(LINES + " AND e.seq > :after" + ORDER_POSTED)
  @FetchSize(10_000)
  ResultIterable<PostingLine> linesAfter(String entity, String currency, long after);

  /** Each entry after {@code after} summed on its own through the postings' key: the cost of the entries asked for, not of the ledger. */
  @SqlQuery("SELECT e.id FROM journal_entries e WHERE e.entity = :entity AND e.currency = :currency AND e.seq > :after"
      + " AND (SELECT SUM(p.amount) FROM postings p WHERE p.entity = e.entity AND p.entry_id = e.id) <> 0")
  List<UUID> unbalancedEntriesAfter(String entity, String currency, long after);

  @SqlQuery(LINES + " AND e.id IN (SELECT p.entry_id FROM postings p WHERE" + ACCOUNT + ")" + ORDER_POSTED)
  List<PostingLine> linesOf(String entity, String currency, AccountType type, String subject);
}
