package coop.smart.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.entity.EntityCode;
import coop.smart.core.error.ConflictException;
import coop.smart.core.ledger.JournalEntry;
import coop.smart.core.ledger.Ledger;
import coop.smart.core.ledger.LedgerContract;
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

  @Test
  void anotherEntitysLedger_isNeverRead() {
    ledger(BE, CurrencyUnit.EUR).post(fee("2017-01-02", "EUR 10.00"));
    Ledger french = ledger(Fixtures.FR, CurrencyUnit.EUR);
    assertThat(french.entries()).isEmpty();
    assertThat(french.balance(BANK)).isEqualTo(Money.zero(CurrencyUnit.EUR));
    assertThat(french.trialBalance()).isEmpty();
  }
}
