package coop.smart.core.ledger;

import coop.smart.core.entity.EntityCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A ledger held in memory, for embedding without a database and for tests. Thread-safe: posts
 * and reads are serialised.
 */
public final class InMemoryLedger implements Ledger {

  private final EntityCode entity;
  private final CurrencyUnit currency;
  private final List<JournalEntry> entries = new ArrayList<>();
  private final Map<Account, Money> balances = new TreeMap<>();

  public InMemoryLedger(EntityCode entity, CurrencyUnit currency) {
    this.entity = entity;
    this.currency = currency;
  }

  @Override
  public synchronized void post(List<JournalEntry> batch) {
    for (JournalEntry entry : batch) entry.requirePostableTo(entity, currency);
    for (JournalEntry entry : batch) {
      entries.add(entry);
      for (Posting posting : entry.postings()) balances.merge(posting.account(), posting.amount(), Money::plus);
    }
  }

  @Override
  public synchronized Money balance(Account account, LocalDate asOf) {
    Money balance = Money.zero(currency);
    for (JournalEntry entry : entries) {
      if (entry.date().isAfter(asOf)) continue;
      for (Posting posting : entry.postings()) {
        if (posting.account().equals(account)) balance = balance.plus(posting.amount());
      }
    }
    return balance;
  }

  @Override
  public synchronized Money balance(Account account) {
    return balances.getOrDefault(account, Money.zero(currency));
  }

  @Override
  public synchronized Map<Account, Money> trialBalance() {
    Map<Account, Money> nonZero = new TreeMap<>();
    balances.forEach((account, balance) -> {
      if (!balance.isZero()) nonZero.put(account, balance);
    });
    return Collections.unmodifiableMap(nonZero);
  }

  @Override
  public synchronized List<JournalEntry> entries(Account account) {
    return entries.stream().filter(entry -> entry.postings().stream().anyMatch(posting -> posting.account().equals(account))).toList();
  }

  @Override
  public synchronized List<JournalEntry> entries() {
    return List.copyOf(entries);
  }

  @Override
  public void forEachEntry(LocalDate from, LocalDate to, Consumer<? super JournalEntry> action) {
    List<JournalEntry> period;
    synchronized (this) {
      period = entries.stream().filter(entry -> !entry.date().isBefore(from) && !entry.date().isAfter(to))
          .sorted(Comparator.comparing(JournalEntry::date)).toList();
    }
    period.forEach(action);
  }

  @Override
  public synchronized Map<AccountType, Movements> movements(LocalDate asOf) {
    Map<AccountType, Movements> movements = new EnumMap<>(AccountType.class);
    for (JournalEntry entry : entries) {
      if (entry.date().isAfter(asOf)) continue;
      for (Posting posting : entry.postings()) movements.merge(posting.account().type(), Movements.of(posting), Movements::plus);
    }
    return movements;
  }
}
