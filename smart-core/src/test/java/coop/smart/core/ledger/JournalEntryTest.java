package coop.smart.core.ledger;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.entity.EntityCode;
import java.time.LocalDate;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class JournalEntryTest {

  @Test
  void unbalancedEntry_isRefused() {
    assertThatThrownBy(() -> JournalEntry.on(EntityCode.of("BE"), LocalDate.of(2017, 1, 2), "fee")
        .debit(Account.of(AccountType.BANK), Money.parse("EUR 10.00")).credit(Account.of(AccountType.FEE_INCOME), Money.parse("EUR 9.99")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("debits and credits must balance, off by EUR 0.01");
  }
}
