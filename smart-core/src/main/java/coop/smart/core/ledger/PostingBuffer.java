package coop.smart.core.ledger;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.joda.money.Money;

/**
 * A ledger's entries held back to be posted together by {@link #flush()}, while what is read
 * meanwhile counts them: an operation booking thousands of entries (a bank statement's payments)
 * writes them in one batch, and reads each account's balance from the ledger once, or all of
 * them at once with {@link #preload}.
 */
public final class PostingBuffer implements Ledger {

  private final Ledger ledger;
  private final List<JournalEntry> held = new ArrayList<>();
  private final Map<Account, Money> heldBalances = new HashMap<>();
  private final Map<Account, Money> postedBalances = new HashMap<>();

  public PostingBuffer(Ledger ledger) {
    this.ledger = ledger;
  }

  /** Reads the posted balances of {@code accounts} in one go, so reading them later costs nothing. */
  public void preload(Collection<Account> accounts) {
    postedBalances.putAll(ledger.balances(accounts.stream().filter(account -> !postedBalances.containsKey(account)).toList()));
  }

  /** Posts the entries held, all or none, to the ledger underneath. */
  public void flush() {
    ledger.post(held);
    held.clear();
    heldBalances.clear();
    postedBalances.clear();
  }

  @Override
  public void post(List<JournalEntry> entries) {
    held.addAll(entries);
    for (JournalEntry entry : entries) {
      for (Posting posting : entry.postings()) heldBalances.merge(posting.account(), posting.amount(), Money::plus);
    }
  }

  @Override
  public Money balance(Account account) {
    Money posted = postedBalances.computeIfAbsent(account, ledger::balance);
    Money pending = heldBalances.get(account);
    return pending == null ? posted : posted.plus(pending);
  }

  @Override
  public Money balance(Account account, LocalDate asOf) {
    Money balance = ledger.balance(account, asOf);
    for (JournalEntry entry : held) {
      if (entry.date().isAfter(asOf)) continue;
      for (Posting posting : entry.postings()) {
        if (posting.account().equals(account)) balance = balance.plus(posting.amount());
      }
    }
    return balance;
  }

  @Override
  public Map<Account, Money> trialBalance() {
    Map<Account, Money> trial = new HashMap<>(ledger.trialBalance());
    heldBalances.forEach((account, amount) -> trial.merge(account, amount, Money::plus));
    trial.values().removeIf(Money::isZero);
    return trial;
  }

  @Override
  public List<JournalEntry> entries(Account account) {
    return Stream.concat(ledger.entries(account).stream(),
        held.stream().filter(entry -> entry.postings().stream().anyMatch(posting -> posting.account().equals(account)))).toList();
  }

  @Override
  public List<JournalEntry> entries() {
    return Stream.concat(ledger.entries().stream(), held.stream()).toList();
  }

  /** The ledger's entries of the period, each day's held ones after those posted that day, as they will be once flushed. */
  @Override
  public void forEachEntry(LocalDate from, LocalDate to, Consumer<? super JournalEntry> action) {
    Deque<JournalEntry> waiting = held.stream().filter(entry -> !entry.date().isBefore(from) && !entry.date().isAfter(to))
        .sorted(Comparator.comparing(JournalEntry::date)).collect(Collectors.toCollection(ArrayDeque::new));
    ledger.forEachEntry(from, to, entry -> {
      while (!waiting.isEmpty() && waiting.peekFirst().date().isBefore(entry.date())) action.accept(waiting.pollFirst());
      action.accept(entry);
    });
    waiting.forEach(action);
  }

  @Override
  public Map<AccountType, Movements> movements(LocalDate asOf) {
    Map<AccountType, Movements> movements = new EnumMap<>(AccountType.class);
    movements.putAll(ledger.movements(asOf));
    for (JournalEntry entry : held) {
      if (entry.date().isAfter(asOf)) continue;
      for (Posting posting : entry.postings()) movements.merge(posting.account().type(), Movements.of(posting), Movements::plus);
    }
    return movements;
  }
}
