package coop.smart.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import coop.smart.core.entity.EntityCode;
import coop.smart.core.error.ConflictException;
import coop.smart.core.ledger.Account;
import coop.smart.core.ledger.AccountType;
import coop.smart.core.ledger.BalanceDrift;
import coop.smart.core.ledger.JournalEntry;
import coop.smart.core.ledger.Ledger;
import coop.smart.core.ledger.LedgerContract;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The in-memory ledger's checks, passed by the stored ledger, and what storing adds. */
abstract class JdbiLedgerContract extends LedgerContract {

  private Database database;

  @BeforeEach
  void open(Database database) {
    this.database = database;
  }

  @Override
  protected Ledger ledger(EntityCode entity, CurrencyUnit currency) {
    return new JdbiLedger(database, entity, currency);
  }

  @Test
  void theSameEntryPostedTwice_isAConflict_andCountsOnce() {
    Ledger ledger = ledger(BE, CurrencyUnit.EUR);
    JournalEntry entry = fee("2017-01-02", "EUR 10.00");
    ledger.post(entry);
    assertThatThrownBy(() -> ledger.post(entry)).isInstanceOf(ConflictException.class);
    assertThat(ledger.entries()).containsExactly(entry);
  }

  /** Each column is bound as one array literal: what such a literal quotes or reads as null comes back as written. */
  @Test
  void textsWithWhatAnArrayLiteralEscapes_comeBackAsWritten() {
    Ledger ledger = ledger(BE, CurrencyUnit.EUR);
    List<String> texts = List.of("\"quoted\", and {braced}", "back\\slash \\\"", "NULL", "", "  spaced  ", "Ça coûte 10 € — 合同", "line\nbreak");
    Money money = Money.parse("EUR 1.00");
    List<JournalEntry> entries = texts.stream().map(text -> JournalEntry.on(BE, LocalDate.parse("2017-01-02"), text.isEmpty() ? "empty reference" : text)
        .reference(text).debit(Account.of(AccountType.ACTIVITY_BUDGET, text.isEmpty() ? "empty" : text), money).credit(FEES, money).build()).toList();
    ledger.post(entries);
    assertThat(ledger.entries()).containsExactlyElementsOf(entries);
    for (JournalEntry entry : entries) assertThat(ledger.balance(entry.postings().get(0).account())).isEqualTo(money);
  }

  @Test
  void partiesBalances_keptByTheirPostings_whateverTheOrder_andPostedFromManyTransactionsAtOnce() throws Exception {
    Ledger ledger = ledger(BE, CurrencyUnit.EUR);
    Account concerts = Account.of(AccountType.ACTIVITY_BUDGET, "concerts");
    Account workshops = Account.of(AccountType.ACTIVITY_BUDGET, "workshops");
    // Each entry moves money between the two budgets, half one way, half the other: the rows are taken in one order all the same.
    List<Callable<Void>> posters = IntStream.range(0, 8).<Callable<Void>>mapToObj(poster -> () -> {
      for (int i = 1; i <= 25; i++) {
        Money cents = Money.ofMinor(CurrencyUnit.EUR, i);
        Account from = poster % 2 == 0 ? concerts : workshops;
        Account to = from == concerts ? workshops : concerts;
        ledger.post(JournalEntry.on(BE, LocalDate.of(2017, 3, 1), "moved").debit(from, cents).credit(to, cents).credit(FEES, cents)
            .debit(BANK, cents).build());
      }
      return null;
    }).toList();
    ExecutorService threads = Executors.newFixedThreadPool(posters.size());
    try {
      for (Future<Void> done : threads.invokeAll(posters)) done.get();
    } finally {
      threads.shutdown();
    }

    // Each poster moved 1 + 2 + … + 25 cents = EUR 3.25; four each way.
    assertThat(ledger.balance(concerts)).isEqualTo(Money.parse("EUR 0.00"));
    assertThat(ledger.balances(List.of(concerts, workshops, BANK))).containsOnly(entry(concerts, Money.parse("EUR 0.00")),
        entry(workshops, Money.parse("EUR 0.00")), entry(BANK, Money.parse("EUR 26.00")));
    ledger.post(JournalEntry.on(BE, LocalDate.of(2017, 3, 2), "grant").debit(BANK, Money.parse("EUR 0.01"))
        .credit(concerts, Money.parse("EUR 0.01")).build());
    assertThat(ledger.balance(concerts)).isEqualTo(Money.parse("EUR -0.01"));
    assertThat(ledger.driftedBalances()).isEmpty();
  }

  @Test
  void aKeptBalanceAlteredInTheDatabase_isADrift_namingTheAccount_itsKeptBalanceAndItsPostingsSum() {
    Ledger ledger = ledger(BE, CurrencyUnit.EUR);
    Account concerts = Account.of(AccountType.ACTIVITY_BUDGET, "concerts");
    ledger.post(JournalEntry.on(BE, LocalDate.of(2017, 3, 2), "grant").debit(BANK, Money.parse("EUR 5.00"))
        .credit(concerts, Money.parse("EUR 5.00")).build());
    database.jdbi().useHandle(handle -> handle.execute("UPDATE account_balances SET balance = balance - 1"));

    assertThat(ledger.driftedBalances()).containsExactly(new BalanceDrift(concerts, Money.parse("EUR -6.00"), Money.parse("EUR -5.00")));
  }

  @Test
  void anotherEntitysLedger_isNeverRead() {
    ledger(BE, CurrencyUnit.EUR).post(fee("2017-01-02", "EUR 10.00"));
    Ledger french = ledger(Fixtures.FR, CurrencyUnit.EUR);
    assertThat(french.entries()).isEmpty();
    assertThat(french.balance(BANK)).isEqualTo(Money.zero(CurrencyUnit.EUR));
    assertThat(french.trialBalance()).isEmpty();
  }
}
