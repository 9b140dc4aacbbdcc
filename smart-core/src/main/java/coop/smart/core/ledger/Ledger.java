package coop.smart.core.ledger;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.joda.money.Money;

/**
 * One entity's journal: the source of truth for money. Entries are only ever appended; every
 * balance is derived from them, summed when asked or kept by the posting that changes it.
 */
public interface Ledger {

  /** Appends balanced entries together, all or none. */
  void post(List<JournalEntry> entries);

  default void post(JournalEntry entry) {
    post(List.of(entry));
  }

  /** Builds the entry and appends it; answers the entry posted. */
  default JournalEntry post(JournalEntry.Builder entry) {
    JournalEntry built = entry.build();
    post(built);
    return built;
  }

  /** The balance of {@code account} (debits positive) from every entry dated on or before {@code asOf}. */
  Money balance(Account account, LocalDate asOf);

  /** The balance of {@code account} over every entry. */
  Money balance(Account account);

  /** The balance of each of {@code accounts} over every entry; a store reads them in one go. */
  default Map<Account, Money> balances(Collection<Account> accounts) {
    Map<Account, Money> balances = new HashMap<>();
    for (Account account : accounts) balances.put(account, balance(account));
    return balances;
  }

  /** Every account with a non-zero balance and its balance: the trial balance, which sums to zero. */
  Map<Account, Money> trialBalance();

  /** The entries that post to {@code account}, oldest first. */
  List<JournalEntry> entries(Account account);

  /** Every entry, in the order posted. */
  List<JournalEntry> entries();

  /**
   * Hands {@code action} each entry dated from {@code from} to {@code to} (both included), by
   * date and, within a day, in the order posted: the journal of a period, one entry at a time,
   * so that a year of it never needs to fit in memory.
   */
  void forEachEntry(LocalDate from, LocalDate to, Consumer<? super JournalEntry> action);

  /** The debits and credits posted to each account type by the entries dated on or before {@code asOf}. */
  Map<AccountType, Movements> movements(LocalDate asOf);

  /** The debits and credits posted to each account type by every entry. */
  default Map<AccountType, Movements> movements() {
    Map<AccountType, Movements> movements = new EnumMap<>(AccountType.class);
    for (JournalEntry entry : entries()) {
      for (Posting posting : entry.postings()) movements.merge(posting.account().type(), Movements.of(posting), Movements::plus);
    }
    return movements;
  }

  /** The debits and credits posted to {@code account} by the entries dated from {@code from} to {@code to} (both included). */
  default Movements movements(Account account, LocalDate from, LocalDate to) {
    Money zero = balance(account).multipliedBy(0L);
    Movements movements = new Movements(zero, zero);
    for (JournalEntry entry : entries(account)) {
      if (entry.date().isBefore(from) || entry.date().isAfter(to)) continue;
      for (Posting posting : entry.postings()) {
        if (posting.account().equals(account)) movements = movements.plus(Movements.of(posting));
      }
    }
    return movements;
  }

  /**
   * Where the journal stands: the position of the last entry posted, 0 while none is. A position
   * means something to the ledger that gave it only; entries posted later come after it.
   */
  default long position() {
    return entries().size();
  }

  /**
   * Hands {@code action} each entry posted after {@code position}, in the order posted, and
   * answers the position of the last one: what changed in the books since they were last read.
   * Entries are found in the order their positions were taken, so a reader expects no
   * transaction posting while it reads, as a day's check between two days.
   */
  default long forEachEntryAfter(long position, Consumer<? super JournalEntry> action) {
    List<JournalEntry> all = entries();
    for (JournalEntry entry : all.subList((int) Math.min(position, all.size()), all.size())) action.accept(entry);
    return Math.max(position, all.size());
  }

  /** The {@link #unbalancedEntries()} among those posted after {@code position}. */
  default List<UUID> unbalancedEntriesAfter(long position) {
    return List.of();
  }

  /**
   * The parties' accounts whose balance the store keeps beside their postings (so that reading
   * one costs a row, not its history) and whose kept balance is not what their postings sum to:
   * none in a sound ledger. A ledger summing its postings whenever asked keeps none.
   */
  default List<BalanceDrift> driftedBalances() {
    return List.of();
  }

  /**
   * The ids of the stored entries whose postings do not sum to zero, which a sound ledger never
   * holds. A ledger keeping {@link JournalEntry} objects holds none, as an entry is balanced by
   * construction; a store summing its stored postings can find one.
   */
  default List<UUID> unbalancedEntries() {
    return List.of();
  }
}
