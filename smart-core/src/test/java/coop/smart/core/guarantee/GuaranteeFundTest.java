package coop.smart.core.guarantee;

import static org.assertj.core.api.Assertions.assertThat;

import coop.smart.core.client.ClientId;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.ledger.Account;
import coop.smart.core.ledger.AccountType;
import coop.smart.core.ledger.InMemoryLedger;
import coop.smart.core.ledger.JournalEntry;
import coop.smart.core.ledger.Ledger;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class GuaranteeFundTest {

  private static final NationalEntity BE = EntityCatalog.standard().entity("BE");
  private static final LocalDate ON = LocalDate.of(2017, 7, 24);
  private static final ClientId PLATFORM = ClientId.random();

  private final Ledger ledger = new InMemoryLedger(BE.code(), BE.currency());
  private final GuaranteeFund fund = new GuaranteeFund(BE, ledger);

  private static Money eur(String amount) {
    return Money.parse("EUR " + amount);
  }

  /** The fund's advance on an invoice, posted. */
  private JournalEntry advance(String invoice, ClientId client, Money amount, LocalDate on) {
    JournalEntry entry = fund.advanceEntry(invoice, GuaranteeFund.receivables(client), amount, on);
    ledger.post(entry);
    return entry;
  }

  private List<JournalEntry> recoverFrom(String invoice, ClientId client, Money paid, LocalDate on) {
    List<JournalEntry> entries = fund.recoveryEntries(invoice, client, paid, on);
    ledger.post(entries);
    return entries;
  }

  private List<JournalEntry> writeOff(String invoice, LocalDate on) {
    List<JournalEntry> entries = fund.lossEntries(invoice, on);
    ledger.post(entries);
    return entries;
  }

  private void clientOwes(String amount) {
    ledger.post(JournalEntry.on(BE.code(), ON, "invoice").debit(Account.of(AccountType.CLIENT_RECEIVABLES, PLATFORM), eur(amount))
        .credit(Account.of(AccountType.FEE_INCOME), eur(amount)).build());
  }

  @Test
  void eachOperation_givesBackTheEntriesItPosted() {
    JournalEntry contribution = fund.contribute(eur("1000.00"), ON);
    clientOwes("100.00");
    JournalEntry advance = advance("BE-2017-000001", PLATFORM, eur("60.00"), ON);
    List<JournalEntry> loss = writeOff("BE-2017-000001", ON.plusDays(40));
    assertThat(ledger.entries()).contains(contribution, advance).containsAll(loss);
    assertThat(loss).isNotEmpty();
  }

  @Test
  void advance_recovery_andLoss_reconcile() {
    fund.contribute(eur("10000.00"), ON);
    clientOwes("1210.00");
    clientOwes("605.00");
    advance("BE-2017-000001", PLATFORM, eur("935.00"), ON);
    advance("BE-2017-000002", PLATFORM, eur("467.50"), ON);

    // The client pays 500.00 on the first invoice: all of it repays the fund first.
    recoverFrom("BE-2017-000001", PLATFORM, eur("500.00"), ON.plusDays(10));
    assertThat(fund.outstanding("BE-2017-000001")).isEqualTo(eur("435.00"));

    // Then it goes bankrupt.
    writeOff("BE-2017-000001", ON.plusDays(40));
    writeOff("BE-2017-000002", ON.plusDays(40));

    FundReport report = fund.report();
    assertThat(report.advanced()).isEqualTo(eur("1402.50"));
    assertThat(report.recovered()).isEqualTo(eur("500.00"));
    assertThat(report.lost()).isEqualTo(eur("902.50"));
    assertThat(report.outstanding()).isEqualTo(eur("0.00"));
    assertThat(report.balance()).isEqualTo(eur("9097.50"));
    assertThat(report.advanced().minus(report.recovered()).minus(report.lost())).isEqualTo(report.outstanding());
  }

  @Test
  void recovery_neverExceedsTheAdvance() {
    clientOwes("1000.00");
    advance("BE-2017-000003", PLATFORM, eur("100.00"), ON);
    assertThat(recoverFrom("BE-2017-000003", PLATFORM, eur("1000.00"), ON)).singleElement()
        .satisfies(entry -> assertThat(entry.postings().get(0).amount()).isEqualTo(eur("100.00")));
    assertThat(recoverFrom("BE-2017-000003", PLATFORM, eur("1000.00"), ON)).isEmpty();
  }
}
