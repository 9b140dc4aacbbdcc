package coop.smart.core.ledger;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.joda.money.Money;

/**
 * One entity's journal: the source of truth for money. Entries are only ever appended; every
 * balance is derived from them.
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

  /**
   * The ids of the stored entries whose postings do not sum to zero, which a sound ledger never
   * holds. A ledger keeping {@link JournalEntry} objects holds none, as an entry is balanced by
   * construction; a store summing its stored postings can find one.
   */
  default List<UUID> unbalancedEntries() {
    return List.of();
  }
}
