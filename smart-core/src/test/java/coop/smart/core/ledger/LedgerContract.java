package coop.smart.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.entity.EntityCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What every {@link Ledger} does, whatever keeps its entries: {@code InMemoryLedgerTest} runs
 * these checks on the in-memory ledger, and each store runs them again on its own.
 */
public abstract class LedgerContract {

  protected static final EntityCode BE = EntityCode.of("BE");
  protected static final Account BANK = Account.of(AccountType.BANK);
  protected static final Account FEES = Account.of(AccountType.FEE_INCOME);

  /** A ledger of {@code entity} in {@code currency} with no entry yet. */
  protected abstract Ledger ledger(EntityCode entity, CurrencyUnit currency);

  protected static JournalEntry fee(String date, String amount) {
    Money money = Money.parse(amount);
    return JournalEntry.on(BE, LocalDate.parse(date), "fee").debit(BANK, money).credit(FEES, money).build();
  }

  @Test
  public void balances_areDerivedFromTheEntries_andAsOfADate() {
    Ledger ledger = ledger(BE, CurrencyUnit.EUR);
    ledger.post(fee("2017-01-02", "EUR 10.00"));
    ledger.post(fee("2017-02-02", "EUR 5.00"));
    assertThat(ledger.balance(BANK)).isEqualTo(Money.parse("EUR 15.00"));
    assertThat(ledger.balance(FEES)).isEqualTo(Money.parse("EUR -15.00"));
    assertThat(ledger.balance(BANK, LocalDate.of(2017, 1, 31))).isEqualTo(Money.parse("EUR 10.00"));
    assertThat(ledger.balance(BANK, LocalDate.of(2017, 2, 2))).isEqualTo(Money.parse("EUR 15.00"));
    assertThat(ledger.balance(BANK, LocalDate.of(2017, 1, 1))).isEqualTo(Money.parse("EUR 0.00"));
    assertThat(ledger.entries(FEES)).hasSize(2);
  }

  @Test
  public void balances_giveEachAccountAsked_zeroForOneWithoutPostings() {
    Ledger ledger = ledger(BE, CurrencyUnit.EUR);
    Account budget = Account.of(AccountType.ACTIVITY_BUDGET, "activity-7");
    ledger.post(fee("2017-01-02", "EUR 10.00"));
    ledger.post(JournalEntry.on(BE, LocalDate.parse("2017-01-03"), "budget").debit(BANK, Money.parse("EUR 2.00"))
        .credit(budget, Money.parse("EUR 2.00")).build());

    assertThat(ledger.balances(List.of(BANK, budget, Account.of(AccountType.BAD_DEBTS)))).containsOnly(
        Map.entry(BANK, Money.parse("EUR 12.00")), Map.entry(budget, Money.parse("EUR -2.00")),
        Map.entry(Account.of(AccountType.BAD_DEBTS), Money.parse("EUR 0.00")));
  }

  @Test
  public void trialBalance_sumsToZero_andLeavesOutSettledAccounts() {
    Ledger ledger = ledger(BE, CurrencyUnit.EUR);
    Account receivable = Account.of(AccountType.CLIENT_RECEIVABLES, "client-1");
    ledger.post(JournalEntry.on(BE, LocalDate.of(2017, 3, 1), "invoice").debit(receivable, Money.parse("EUR 121.00"))
        .credit(Account.of(AccountType.VAT_PAYABLE), Money.parse("EUR 21.00")).credit(FEES, Money.parse("EUR 100.00")).build());
    ledger.post(JournalEntry.on(BE, LocalDate.of(2017, 3, 20), "payment").debit(BANK, Money.parse("EUR 121.00"))
        .credit(receivable, Money.parse("EUR 121.00")).build());

    Map<Account, Money> trial = ledger.trialBalance();
    assertThat(trial).containsOnlyKeys(BANK, Account.of(AccountType.VAT_PAYABLE), FEES);
    assertThat(trial.values().stream().reduce(Money.zero(CurrencyUnit.EUR), Money::plus).isZero()).isTrue();
    assertThat(ledger.balance(receivable)).isEqualTo(Money.zero(CurrencyUnit.EUR));
  }

  @Test
  public void accountKeptForAParty_isApartFromTheEntityWideAccountOfItsType() {
    Ledger ledger = ledger(BE, CurrencyUnit.EUR);
    Account concerts = Account.of(AccountType.ACTIVITY_BUDGET, "activity-1");
    Account workshops = Account.of(AccountType.ACTIVITY_BUDGET, "activity-2");
    ledger.post(JournalEntry.on(BE, LocalDate.of(2017, 4, 1), "budgets").debit(BANK, Money.parse("EUR 30.00"))
        .credit(concerts, Money.parse("EUR 20.00")).credit(workshops, Money.parse("EUR 10.00")).build());
    assertThat(ledger.balance(concerts)).isEqualTo(Money.parse("EUR -20.00"));
    assertThat(ledger.balance(workshops)).isEqualTo(Money.parse("EUR -10.00"));
    assertThat(ledger.balance(Account.of(AccountType.ACTIVITY_BUDGET))).isEqualTo(Money.parse("EUR 0.00"));
    assertThat(ledger.entries(concerts)).hasSize(1);
    assertThat(ledger.entries(Account.of(AccountType.ACTIVITY_BUDGET))).isEmpty();
  }

  @Test
  public void entries_comeBackAsPosted_inTheOrderPosted() {
    Ledger ledger = ledger(BE, CurrencyUnit.EUR);
    JournalEntry later = fee("2017-05-02", "EUR 2.00");
    JournalEntry earlier = JournalEntry.on(BE, LocalDate.of(2017, 5, 1), "invoice fee").reference("invoice BE-2017-000042")
        .debit(Account.of(AccountType.ACTIVITY_BUDGET, "activity-7"), Money.parse("EUR 6.50")).credit(FEES, Money.parse("EUR 6.50")).build();
    ledger.post(List.of(later, earlier));
    assertThat(ledger.entries()).containsExactly(later, earlier);
    assertThat(ledger.entries(FEES)).containsExactly(later, earlier);
  }

  @Test
  public void entryOfAnotherEntityOrCurrency_isRefusedWhole() {
    Ledger ledger = ledger(BE, CurrencyUnit.EUR);
    JournalEntry good = fee("2017-01-02", "EUR 1.00");
    JournalEntry sek = fee("2017-01-02", "SEK 1.00");
    JournalEntry french = JournalEntry.on(EntityCode.of("FR"), LocalDate.of(2017, 1, 2), "fee")
        .debit(BANK, Money.parse("EUR 1.00")).credit(FEES, Money.parse("EUR 1.00")).build();
    assertThatThrownBy(() -> ledger.post(List.of(good, sek))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("entry in SEK posted to a ledger in EUR");
    assertThatThrownBy(() -> ledger.post(List.of(good, french))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("entry of FR posted to the ledger of BE");
    assertThat(ledger.entries()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"BE, EUR 1234567.89", "SE, SEK 0.01", "HU, HUF 987654321.99"})
  public void everyCentIsKept_inEachEntitysCurrency(String entity, String amount) {
    EntityCode code = EntityCode.of(entity);
    Money money = Money.parse(amount);
    Ledger ledger = ledger(code, money.getCurrencyUnit());
    ledger.post(JournalEntry.on(code, LocalDate.of(2017, 6, 30), "fee").debit(BANK, money).credit(FEES, money).build());
    ledger.post(JournalEntry.on(code, LocalDate.of(2017, 6, 30), "fee").debit(BANK, money).credit(FEES, money).build());
    assertThat(ledger.balance(BANK)).isEqualTo(money.multipliedBy(2));
    assertThat(ledger.entries().get(0).postings().get(0).amount()).isEqualTo(money);
  }

  @Test
  public void entriesOfAPeriod_comeByDate_thenInTheOrderPosted_oneByOne() {
    Ledger ledger = ledger(BE, CurrencyUnit.EUR);
    JournalEntry june = fee("2017-06-01", "EUR 1.00");
    JournalEntry mayLate = fee("2017-05-31", "EUR 2.00");
    JournalEntry mayFirst = fee("2017-05-01", "EUR 3.00");
    JournalEntry maySecond = fee("2017-05-01", "EUR 4.00");
    JournalEntry april = fee("2017-04-30", "EUR 5.00");
    ledger.post(List.of(june, mayLate, mayFirst));
    ledger.post(maySecond);
    ledger.post(april);

    List<JournalEntry> may = new ArrayList<>();
    ledger.forEachEntry(LocalDate.of(2017, 5, 1), LocalDate.of(2017, 5, 31), may::add);

    assertThat(may).containsExactly(mayFirst, maySecond, mayLate);
  }

  @Test
  public void movements_sumDebitsAndCreditsApart_perAccountType_upToADate() {
    Ledger ledger = ledger(BE, CurrencyUnit.EUR);
    ledger.post(fee("2017-01-02", "EUR 10.00"));
    ledger.post(JournalEntry.on(BE, LocalDate.of(2017, 1, 3), "refund").debit(FEES, Money.parse("EUR 4.00"))
        .credit(BANK, Money.parse("EUR 4.00")).build());
    ledger.post(fee("2017-02-02", "EUR 5.00"));

    Map<AccountType, Movements> movements = ledger.movements(LocalDate.of(2017, 1, 31));

    assertThat(movements).containsOnlyKeys(AccountType.BANK, AccountType.FEE_INCOME);
    assertThat(movements.get(AccountType.BANK)).isEqualTo(new Movements(Money.parse("EUR 10.00"), Money.parse("EUR 4.00")));
    assertThat(movements.get(AccountType.FEE_INCOME)).isEqualTo(new Movements(Money.parse("EUR 4.00"), Money.parse("EUR 10.00")));
  }

  @Test
  public void movements_ofEveryEntry_andOfOneAccountInAPeriod() {
    Ledger ledger = ledger(BE, CurrencyUnit.EUR);
    ledger.post(fee("2016-12-30", "EUR 7.00"));
    ledger.post(fee("2017-01-02", "EUR 10.00"));
    ledger.post(JournalEntry.on(BE, LocalDate.of(2017, 1, 3), "refund").debit(FEES, Money.parse("EUR 4.00"))
        .credit(BANK, Money.parse("EUR 4.00")).build());

    assertThat(ledger.movements().get(AccountType.BANK)).isEqualTo(new Movements(Money.parse("EUR 17.00"), Money.parse("EUR 4.00")));
    assertThat(ledger.movements(FEES, LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31)))
        .isEqualTo(new Movements(Money.parse("EUR 4.00"), Money.parse("EUR 10.00")));
    assertThat(ledger.movements(Account.of(AccountType.BAD_DEBTS), LocalDate.of(2017, 1, 1), LocalDate.of(2017, 12, 31)))
        .isEqualTo(new Movements(Money.parse("EUR 0.00"), Money.parse("EUR 0.00")));
  }

  @Test
  public void entriesAfterAPosition_areThosePostedSince_inTheOrderPosted() {
    Ledger ledger = ledger(BE, CurrencyUnit.EUR);
    assertThat(ledger.position()).isZero();
    JournalEntry before = fee("2017-03-01", "EUR 1.00");
    ledger.post(before);
    long position = ledger.position();
    JournalEntry later = fee("2017-03-02", "EUR 2.00");
    JournalEntry backDated = fee("2017-01-15", "EUR 3.00");
    ledger.post(List.of(later, backDated));

    List<JournalEntry> since = new ArrayList<>();
    long reached = ledger.forEachEntryAfter(position, since::add);

    assertThat(since).containsExactly(later, backDated);
    assertThat(reached).isEqualTo(ledger.position()).isGreaterThan(position);
    assertThat(ledger.forEachEntryAfter(reached, since::add)).isEqualTo(reached);
    assertThat(since).hasSize(2);
    assertThat(ledger.unbalancedEntriesAfter(0)).isEmpty();
  }
}
