package coop.smart.examples.bench;

import coop.smart.core.ledger.Account;
import coop.smart.core.ledger.AccountType;
import coop.smart.core.ledger.InMemoryLedger;
import coop.smart.core.ledger.JournalEntry;
import coop.smart.core.ledger.Ledger;
import coop.smart.core.ledger.Movements;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.joda.money.Money;

/**
 * An in-memory ledger that also hands back the entries posted since it was last asked, so each
 * contract of a generated year keeps the entries its own operations posted.
 */
final class RecordingLedger implements Ledger {

  private final InMemoryLedger ledger;
  private List<JournalEntry> recent = new ArrayList<>();

  RecordingLedger(InMemoryLedger ledger) {
    this.ledger = ledger;
  }

  /** The entries posted since the last call. */
  List<JournalEntry> takeRecent() {
    List<JournalEntry> taken = recent;
    recent = new ArrayList<>();
    return taken;
  }

  @Override
  public void post(List<JournalEntry> entries) {
    ledger.post(entries);
    recent.addAll(entries);
  }

  @Override
  public Money balance(Account account, LocalDate asOf) {
    return ledger.balance(account, asOf);
  }

  @Override
  public Money balance(Account account) {
    return ledger.balance(account);
  }

  @Override
  public Map<Account, Money> trialBalance() {
    return ledger.trialBalance();
  }

  @Override
  public List<JournalEntry> entries(Account account) {
    return ledger.entries(account);
  }

  @Override
  public List<JournalEntry> entries() {
    return ledger.entries();
  }

  @Override
  public void forEachEntry(LocalDate from, LocalDate to, Consumer<? super JournalEntry> action) {
    ledger.forEachEntry(from, to, action);
  }

  @Override
  public Map<AccountType, Movements> movements(LocalDate asOf) {
    return ledger.movements(asOf);
  }
}
