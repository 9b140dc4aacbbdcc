package coop.smart.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import coop.smart.core.entity.EntityCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class PostingBufferTest {

  private static final EntityCode BE = EntityCode.of("BE");
  private static final Account BANK = Account.of(AccountType.BANK);
  private static final Account FEES = Account.of(AccountType.FEE_INCOME);

  private final InMemoryLedger ledger = new InMemoryLedger(BE, CurrencyUnit.EUR);
  private final PostingBuffer buffer = new PostingBuffer(ledger);

  @Test
  void heldEntries_countInWhatIsRead_butReachTheLedgerOnlyWhenFlushed() {
    JournalEntry posted = fee("2017-01-02", "10.00");
    ledger.post(posted);
    buffer.preload(List.of(BANK, FEES));
    JournalEntry held = fee("2017-01-05", "5.00");
    buffer.post(held);

    assertThat(buffer.balance(BANK)).isEqualTo(Money.parse("EUR 15.00"));
    assertThat(buffer.balance(BANK, LocalDate.of(2017, 1, 3))).isEqualTo(Money.parse("EUR 10.00"));
    assertThat(buffer.trialBalance()).containsEntry(FEES, Money.parse("EUR -15.00"));
    assertThat(buffer.entries(FEES)).containsExactly(posted, held);
    assertThat(ledger.entries()).containsExactly(posted);

    buffer.flush();

    assertThat(ledger.entries()).containsExactly(posted, held);
    assertThat(buffer.balance(BANK)).isEqualTo(Money.parse("EUR 15.00"));
    assertThat(buffer.entries()).containsExactly(posted, held);
  }

  @Test
  void aPeriodStreamed_holdsTheHeldEntries_inDateOrder_afterThosePostedTheSameDay() {
    JournalEntry second = fee("2017-01-02", "10.00");
    JournalEntry ninth = fee("2017-01-09", "1.00");
    ledger.post(List.of(second, ninth));
    JournalEntry heldFirst = fee("2017-01-01", "2.00");
    JournalEntry heldSecond = fee("2017-01-02", "3.00");
    JournalEntry heldLate = fee("2017-02-01", "4.00");
    buffer.post(List.of(heldSecond, heldLate, heldFirst));

    List<JournalEntry> streamed = new ArrayList<>();
    buffer.forEachEntry(LocalDate.of(2017, 1, 1), LocalDate.of(2017, 1, 31), streamed::add);

    assertThat(streamed).containsExactly(heldFirst, second, heldSecond, ninth);
    assertThat(buffer.movements(LocalDate.of(2017, 1, 31)).get(AccountType.BANK))
        .isEqualTo(new Movements(Money.parse("EUR 16.00"), Money.parse("EUR 0.00")));
  }

  private static JournalEntry fee(String date, String amount) {
    Money money = Money.parse("EUR " + amount);
    return JournalEntry.on(BE, LocalDate.parse(date), "fee").debit(BANK, money).credit(FEES, money).build();
  }
}
