package coop.smart.core.invoice;

import static coop.smart.core.invoice.InvoiceFixtures.BE;
import static coop.smart.core.invoice.InvoiceFixtures.client;
import static coop.smart.core.invoice.InvoiceFixtures.eur;
import static coop.smart.core.invoice.InvoiceFixtures.issue;
import static coop.smart.core.invoice.InvoiceFixtures.line;
import static coop.smart.core.invoice.InvoiceFixtures.terms;
import static org.assertj.core.api.Assertions.assertThat;

import coop.smart.core.activity.ActivityId;
import coop.smart.core.client.Client;
import coop.smart.core.client.ClientKind;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.ledger.Account;
import coop.smart.core.ledger.AccountType;
import coop.smart.core.ledger.InMemoryLedger;
import coop.smart.core.ledger.JournalEntry;
import coop.smart.core.ledger.Ledger;
import coop.smart.core.ledger.Posting;
import coop.smart.core.member.MemberId;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.junit.jupiter.api.Test;

/** The journal entries of an invoice's life, and what a ledger fed with them shows. */
class InvoiceEntriesTest {

  private static final LocalDate MARCH_15 = LocalDate.of(2017, 3, 15);
  private static final LocalDate APRIL_1 = LocalDate.of(2017, 4, 1);
  private static final Client BELGIAN = client(BE, "BE", ClientKind.BUSINESS, "BE0123456789");

  private final InvoiceChange issued = issue(BE, terms(BELGIAN, MARCH_15, line("Concert", "1", "1000.00")));
  private final Invoice invoice = issued.invoice();
  private final Account receivable = Account.of(AccountType.CLIENT_RECEIVABLES, BELGIAN.id());
  private final Account payroll = Account.of(AccountType.CONTRACT_PAYROLL, invoice.contract());
  private final Account vat = Account.of(AccountType.VAT_PAYABLE);
  private final Account fee = Account.of(AccountType.FEE_INCOME);
  private final Account bank = Account.of(AccountType.BANK);

  @Test
  void issue_debitsTheClientForTheTotal_andCreditsVatFeeAndTheContractsPay() {
    JournalEntry entry = issued.entry();
    assertThat(entry.date()).isEqualTo(MARCH_15);
    assertThat(entry.reference()).isEqualTo("BE-2017-000001");
    assertThat(entry.postings()).containsExactly(
        new Posting(receivable, eur("1210.00")),
        new Posting(vat, eur("-210.00")),
        new Posting(fee, eur("-65.00")),
        new Posting(payroll, eur("-935.00")));
  }

  @Test
  void issueFundingAnActivity_creditsItsPendingTurnover() {
    ActivityId activity = ActivityId.random();
    InvoiceTerms terms = new InvoiceTerms(BELGIAN, MemberId.random(), null, activity, null, HolderKind.INDIVIDUAL, MARCH_15,
        List.of(line("Concert", "1", "1000.00")));
    assertThat(issue(BE, terms).entry().postings()).contains(new Posting(Account.of(AccountType.ACTIVITY_PENDING, activity), eur("-935.00")));
  }

  @Test
  void zeroRatedIssue_postsNoVat() {
    Client american = client(BE, "US", ClientKind.BUSINESS, null);
    InvoiceChange change = issue(BE, terms(american, MARCH_15, line("Concert", "1", "1000.00")));
    assertThat(change.entry().postings()).containsExactly(
        new Posting(Account.of(AccountType.CLIENT_RECEIVABLES, american.id()), eur("1000.00")),
        new Posting(fee, eur("-65.00")),
        new Posting(Account.of(AccountType.CONTRACT_PAYROLL, change.invoice().contract()), eur("-935.00")));
  }

  @Test
  void payment_debitsTheBankAndCreditsTheClient() {
    JournalEntry entry = invoice.pay(APRIL_1, eur("500.00")).entry();
    assertThat(entry.date()).isEqualTo(APRIL_1);
    assertThat(entry.postings()).containsExactly(new Posting(bank, eur("500.00")), new Posting(receivable, eur("-500.00")));
  }

  @Test
  void creditNote_reversesTheIssueInProportion() {
    assertThat(invoice.credit(APRIL_1, eur("121.00")).entry().postings()).containsExactly(
        new Posting(receivable, eur("-121.00")),
        new Posting(vat, eur("21.00")),
        new Posting(fee, eur("6.50")),
        new Posting(payroll, eur("93.50")));
  }

  @Test
  void ledger_afterPartPaidPartCredited_holdsWhatWasPaid() {
    Ledger ledger = new InMemoryLedger(BE.code(), CurrencyUnit.EUR);
    InvoiceChange paid = invoice.pay(APRIL_1, eur("500.00"));
    InvoiceChange credited = paid.invoice().credit(APRIL_1, eur("710.00"));
    ledger.post(List.of(issued.entry(), paid.entry(), credited.entry()));

    assertThat(ledger.balance(receivable)).isEqualTo(eur("0.00"));
    assertThat(ledger.balance(bank)).isEqualTo(eur("500.00"));
    assertThat(ledger.balance(vat)).isEqualTo(eur("-86.78")); // 210.00 − 123.22 given back
    assertThat(ledger.balance(fee)).isEqualTo(eur("-26.86")); // 65.00 − 38.14
    assertThat(ledger.balance(payroll)).isEqualTo(eur("-386.36")); // 935.00 − (586.78 − 38.14)
  }

  @Test
  void ledger_afterAFullCredit_isBackToNothing() {
    Ledger ledger = new InMemoryLedger(BE.code(), CurrencyUnit.EUR);
    ledger.post(List.of(issued.entry(), invoice.credit(APRIL_1, eur("1210.00")).entry()));
    assertThat(ledger.trialBalance()).isEmpty();
  }
}
