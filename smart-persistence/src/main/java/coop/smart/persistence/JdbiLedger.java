package coop.smart.persistence;

import static coop.smart.persistence.Columns.column;

import coop.smart.core.entity.EntityCode;
import coop.smart.core.ledger.Account;
import coop.smart.core.ledger.AccountType;
import coop.smart.core.ledger.BalanceDrift;
import coop.smart.core.ledger.JournalEntry;
import coop.smart.core.ledger.Ledger;
import coop.smart.core.ledger.Movements;
import coop.smart.core.ledger.Posting;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.result.ResultIterable;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * One entity's ledger in its currency, in {@code journal_entries} and {@code postings}. Entries
 * are only inserted. A party's account's balance is kept in {@code account_balances} by the
 * statement that posts to it, so reading it costs a row whatever its history; an entity-wide
 * account's is summed from the postings when asked. {@link #driftedBalances} compares every kept
 * balance with its postings. Posting an entry twice (same id) is refused as a conflict.
 */
public final class JdbiLedger implements Ledger {

  private final Jdbi jdbi;
  private final EntityCode entity;
  private final CurrencyUnit currency;

  public JdbiLedger(Database database, EntityCode entity, CurrencyUnit currency) {
    this.jdbi = database.jdbi();
    this.entity = entity;
    this.currency = currency;
  }

  @Override
  public void post(List<JournalEntry> entries) {
    for (JournalEntry entry : entries) entry.requirePostableTo(entity, currency);
    if (entries.isEmpty()) return;
    List<LedgerDao.PostingRow> postings = entries.stream().flatMap(entry -> LedgerDao.PostingRow.of(entry).stream()).toList();
    String subject = "one of the journal entries " + entries.stream().map(JournalEntry::id).toList() + " of " + entity;
    jdbi.useHandle(handle -> SqlStates.insert(subject, () -> {
      int posted = handle.createQuery(LedgerDao.POST)
          .bind("entity", column(entries, entry -> entry.entity().value()))
          .bind("id", column(entries, JournalEntry::id))
          .bind("entryDate", column(entries, JournalEntry::date))
          .bind("description", column(entries, JournalEntry::description))
          .bind("reference", column(entries, JournalEntry::reference))
          .bind("currency", column(entries, entry -> entry.currency().getCode()))
          .bind("postingEntity", column(postings, LedgerDao.PostingRow::entity))
          .bind("entryId", column(postings, LedgerDao.PostingRow::entryId))
          .bind("line", column(postings, LedgerDao.PostingRow::line))
          .bind("accountType", column(postings, LedgerDao.PostingRow::accountType))
          .bind("accountSubject", column(postings, LedgerDao.PostingRow::accountSubject))
          .bind("amount", column(postings, posting -> posting.amount().getAmount()))
          .bind("postingCurrency", column(postings, LedgerDao.PostingRow::currency))
          .mapTo(Integer.class).one();
      if (posted != postings.size()) throw new SqlStates.MissingReference();
    }));
  }

  @Override
  public Money balance(Account account, LocalDate asOf) {
    return MoneyColumnMapper.money(currency, read(dao -> dao.balanceAsOf(account.type(), LedgerDao.PostingRow.subject(account), asOf)));
  }

  /** The parties' accounts' balances kept, one row each; the entity-wide accounts' summed, in one query for them all. */
  @Override
  public Map<Account, Money> balances(Collection<Account> accounts) {
    Map<Boolean, List<Account>> byParty = new LinkedHashSet<>(accounts).stream()
        .collect(Collectors.partitioningBy(account -> account.subject() != null));
    Map<Account, Money> balances = new HashMap<>();
    accounts.forEach(account -> balances.put(account, Money.zero(currency)));
    read(dao -> {
      balancesOf(byParty.get(true), dao::keptBalances, balances);
      balancesOf(byParty.get(false), dao::balances, balances);
      return balances;
    });
    return balances;
  }

  private void balancesOf(List<Account> asked, BiFunction<List<String>, List<String>, List<LedgerDao.AccountBalance>> query,
                          Map<Account, Money> balances) {
    if (asked.isEmpty()) return;
    query.apply(asked.stream().map(account -> account.type().name()).toList(), asked.stream().map(LedgerDao.PostingRow::subject).toList())
        .forEach(line -> balances.put(LedgerDao.PostingRow.account(line.accountType(), line.accountSubject()),
            MoneyColumnMapper.money(currency, line.balance())));
  }

  /** A party's account's balance as kept, an entity-wide account's summed. */
  @Override
  public Money balance(Account account) {
    String subject = LedgerDao.PostingRow.subject(account);
    return MoneyColumnMapper.money(currency, read(dao -> account.subject() != null
        ? dao.keptBalance(account.type(), subject) : dao.balance(account.type(), subject)));
  }

  @Override
  public List<BalanceDrift> driftedBalances() {
    return read(LedgerDao::driftedBalances);
  }

  @Override
  public Map<Account, Money> trialBalance() {
    Map<Account, Money> trial = new TreeMap<>();
    for (LedgerDao.AccountBalance line : read(LedgerDao::trialBalance)) {
      trial.put(LedgerDao.PostingRow.account(line.accountType(), line.accountSubject()), MoneyColumnMapper.money(currency, line.balance()));
    }
    return Collections.unmodifiableMap(trial);
  }

  @Override
  public List<JournalEntry> entries(Account account) {
    return assemble(read(dao -> dao.linesOf(account.type(), LedgerDao.PostingRow.subject(account))));
  }

  @Override
  public List<JournalEntry> entries() {
    return assemble(read(LedgerDao::lines));
  }

  /**
   * Streams the period's postings inside a transaction (joining the caller's, if any), so the
   * driver fetches them 10,000 at a time rather than the whole period at once, and hands
   * each entry on as soon as its last line is read.
   */
  @Override
  public void forEachEntry(LocalDate from, LocalDate to, Consumer<? super JournalEntry> action) {
    jdbi.useTransaction(handle -> handEntries(dao(handle).linesBetween(from, to), action));
  }

  /**
   * Hands {@code action} each entry of {@code lines}, which come ordered by entry, as soon as its
   * last line is read; answers the last line's position, or -1 when there was none. Reading them
   * through closes the result set.
   */
  private long handEntries(ResultIterable<LedgerDao.PostingLine> lines, Consumer<? super JournalEntry> action) {
    long[] last = {-1};
    List<LedgerDao.PostingLine> entryLines = new ArrayList<>();
    lines.forEach(line -> {
      if (!entryLines.isEmpty() && !entryLines.get(0).entryId().equals(line.entryId())) {
        action.accept(entry(entryLines));
        entryLines.clear();
      }
      entryLines.add(line);
      last[0] = line.seq();
    });
    if (!entryLines.isEmpty()) action.accept(entry(entryLines));
    return last[0];
  }

  @Override
  public Map<AccountType, Movements> movements(LocalDate asOf) {
    return byType(read(dao -> dao.movements(asOf)));
  }

  private Map<AccountType, Movements> byType(List<LedgerDao.TypeMovements> lines) {
    Map<AccountType, Movements> movements = new EnumMap<>(AccountType.class);
    for (LedgerDao.TypeMovements line : lines) {
      movements.put(line.accountType(), new Movements(MoneyColumnMapper.money(currency, line.debit()), MoneyColumnMapper.money(currency, line.credit())));
    }
    return movements;
  }

  @Override
  public Map<AccountType, Movements> movements() {
    return byType(read(LedgerDao::allMovements));
  }

  @Override
  public Movements movements(Account account, LocalDate from, LocalDate to) {
    LedgerDao.AccountMovements sums = read(dao -> dao.accountMovements(account.type(), LedgerDao.PostingRow.subject(account), from, to));
    return new Movements(MoneyColumnMapper.money(currency, sums.debit()), MoneyColumnMapper.money(currency, sums.credit()));
  }

  @Override
  public long position() {
    return read(LedgerDao::position);
  }

  /** Streams the postings after {@code position} as {@link #forEachEntry} streams a period's. */
  @Override
  public long forEachEntryAfter(long position, Consumer<? super JournalEntry> action) {
    return jdbi.inTransaction(handle -> Math.max(position,
        handEntries(dao(handle).linesAfter(position), action)));
  }

  @Override
  public List<UUID> unbalancedEntriesAfter(long position) {
    return read(dao -> dao.unbalancedEntriesAfter(position));
  }

  @Override
  public List<UUID> unbalancedEntries() {
    return read(LedgerDao::unbalancedEntries);
  }

  private <T> T read(Function<LedgerDao, T> query) {
    return jdbi.withHandle(handle -> query.apply(dao(handle)));
  }

  private LedgerDao dao(Handle handle) {
    return new LedgerDao(handle, entity.value(), currency.getCode());
  }

  /** The entries of {@code lines}, which come ordered by entry, then by line within it. */
  private List<JournalEntry> assemble(List<LedgerDao.PostingLine> lines) {
    Map<UUID, List<LedgerDao.PostingLine>> byEntry = new LinkedHashMap<>();
    for (LedgerDao.PostingLine line : lines) byEntry.computeIfAbsent(line.entryId(), id -> new ArrayList<>()).add(line);
    List<JournalEntry> entries = new ArrayList<>();
    byEntry.values().forEach(entryLines -> entries.add(entry(entryLines)));
    return entries;
  }

  /** The entry whose lines, in order, are {@code entryLines}. */
  private JournalEntry entry(List<LedgerDao.PostingLine> entryLines) {
    LedgerDao.PostingLine first = entryLines.get(0);
    List<Posting> postings = entryLines.stream()
        .map(line -> new Posting(LedgerDao.PostingRow.account(line.accountType(), line.accountSubject()), line.amount())).toList();
    return new JournalEntry(first.entryId(), entity, first.entryDate(), first.description(), first.reference(), postings);
  }
}
