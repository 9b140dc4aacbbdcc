package coop.smart.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.entity.EntityCode;
import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class LedgerTest {

  private static final EntityCode BE = EntityCode.of("BE");
  private static final Account BANK = Account.of(AccountType.BANK);
  private static final Account FEES = Account.of(AccountType.FEE_INCOME);

  @Test
  void unbalancedEntry_isRefused() {
    assertThatThrownBy(() -> JournalEntry.on(BE, LocalDate.of(2017, 1, 2), "fee")
        .debit(BANK, Money.parse("EUR 10.00")).credit(FEES, Money.parse("EUR 9.99")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("debits and credits must balance, off by EUR 0.01");
  }

  @Test
  void balances_areDerivedFromTheEntries_andAsOfADate() {
    Ledger ledger = new InMemoryLedger(BE, CurrencyUnit.EUR);
    ledger.post(JournalEntry.on(BE, LocalDate.of(2017, 1, 2), "fee").debit(BANK, Money.parse("EUR 10.00")).credit(FEES, Money.parse("EUR 10.00")).build());
    ledger.post(JournalEntry.on(BE, LocalDate.of(2017, 2, 2), "fee").debit(BANK, Money.parse("EUR 5.00")).credit(FEES, Money.parse("EUR 5.00")).build());
    assertThat(ledger.balance(BANK)).isEqualTo(Money.parse("EUR 15.00"));
    assertThat(ledger.balance(FEES)).isEqualTo(Money.parse("EUR -15.00"));
    assertThat(ledger.balance(BANK, LocalDate.of(2017, 1, 31))).isEqualTo(Money.parse("EUR 10.00"));
    assertThat(ledger.trialBalance().values().stream().reduce(Money.zero(CurrencyUnit.EUR), Money::plus).isZero()).isTrue();
    assertThat(ledger.entries(FEES)).hasSize(2);
  }

  @Test
  void entryOfAnotherEntityOrCurrency_isRefusedWhole() {
    Ledger ledger = new InMemoryLedger(BE, CurrencyUnit.EUR);
    JournalEntry good = JournalEntry.on(BE, LocalDate.of(2017, 1, 2), "fee").debit(BANK, Money.parse("EUR 1.00")).credit(FEES, Money.parse("EUR 1.00")).build();
    JournalEntry sek = JournalEntry.on(BE, LocalDate.of(2017, 1, 2), "fee").debit(BANK, Money.parse("SEK 1.00")).credit(FEES, Money.parse("SEK 1.00")).build();
    assertThatThrownBy(() -> ledger.post(java.util.List.of(good, sek))).isInstanceOf(IllegalArgumentException.class);
    assertThat(ledger.entries()).isEmpty();
  }
}
