package coop.smart.core.bank;

import static org.assertj.core.api.Assertions.assertThat;

import coop.smart.core.client.Client;
import coop.smart.core.client.ClientKind;
import coop.smart.core.contract.ContractId;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.entity.VatArea;
import coop.smart.core.flow.MoneyFlow;
import coop.smart.core.invoice.InMemoryInvoiceNumbering;
import coop.smart.core.invoice.Invoice;
import coop.smart.core.invoice.InvoiceId;
import coop.smart.core.invoice.InvoiceLine;
import coop.smart.core.invoice.InvoiceNumber;
import coop.smart.core.invoice.InvoiceTerms;
import coop.smart.core.invoice.PaymentReference;
import coop.smart.core.ledger.Account;
import coop.smart.core.ledger.AccountType;
import coop.smart.core.ledger.InMemoryLedger;
import coop.smart.core.member.MemberId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Whatever a statement's mix of credits (paying an invoice in full, in part, beyond it, twice,
 * quoting an unknown reference or none) and debits, money is conserved: what the credits bring
 * is what the payments book on the invoices, plus what is kept as clients' credit, plus what waits
 * in the queue, to the cent; and the bank account receives exactly the booked part.
 */
class ReconciliationProperties {

  private static final NationalEntity BE = EntityCatalog.standard().entity("BE");
  private static final LocalDate ISSUED = LocalDate.of(2017, 7, 14);
  private static final LocalDate BOOKED = LocalDate.of(2017, 7, 25);

  /** What a generated entry quotes: an invoice (by index), an unknown number, nothing, or it is a debit. */
  record Movement(int kind, int invoice, long cents) {
  }

  @Provide
  Arbitrary<Movement> movements() {
    return Combinators.combine(Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 4),
        Arbitraries.longs().between(1, 400_000)).as(Movement::new);
  }

  @Property(tries = 200)
  void creditsAre_paymentsPlusClientCreditsPlusTheQueue(@ForAll @IntRange(min = 1, max = 5) int invoiceCount,
                                                      @ForAll @Size(max = 25) List<@From("movements") Movement> movements) {
    InMemoryLedger ledger = new InMemoryLedger(BE.code(), BE.currency());
    MoneyFlow flow = new MoneyFlow(BE, VatArea.standard(), ledger, new InMemoryInvoiceNumbering());
    InMemoryInvoiceNumbering numbering = new InMemoryInvoiceNumbering();
    List<Invoice> invoices = new ArrayList<>();
    for (int i = 0; i < invoiceCount; i++) {
      Client client = Client.register(BE.code(), "Client " + i, "BE", ClientKind.BUSINESS, "BE0123456749");
      InvoiceTerms terms = new InvoiceTerms(client, MemberId.random(), ContractId.next(), null, null, HolderKind.INDIVIDUAL, ISSUED,
          List.of(new InvoiceLine("Concert", BigDecimal.ONE, eur(100_000L * (i + 1)))));
      invoices.add(Invoice.issue(BE, VatArea.standard(), numbering, terms).invoice());
    }
    List<BankEntry> entries = new ArrayList<>();
    for (Movement movement : movements) {
      Invoice quoted = invoices.get(movement.invoice() % invoiceCount);
      String reference = switch (movement.kind()) {
        case 0, 1 -> PaymentReference.belgian(quoted.number()).text();
        case 2 -> PaymentReference.creditor(quoted.number()).text();
        case 3 -> PaymentReference.belgian(new InvoiceNumber(BE.code(), 2017, 99_999_999)).text();
        default -> null;
      };
      entries.add(new BankEntry("E" + entries.size(), eur(movement.cents()), movement.kind() != 5, BOOKED, BOOKED, null, null, null, reference));
    }

    List<Reconciliation.Match> matches = Reconciliation.match(BE.code(), entries, invoices, invoices, client -> null);

    Map<InvoiceId, Invoice> current = new HashMap<>();
    invoices.forEach(invoice -> current.put(invoice.id(), invoice));
    Money credits = zero();
    Money paid = zero();
    Money kept = zero();
    Money waiting = zero();
    for (Reconciliation.Match match : matches) {
      BankEntry entry = match.entry();
      if (!entry.credit()) {
        assertThat(match.status()).isEqualTo(EntryStatus.UNMATCHED);
        continue;
      }
      credits = credits.plus(entry.amount());
      if (match.status() == EntryStatus.MATCHED) {
        Invoice before = current.get(match.invoice().id());
        current.put(before.id(), flow.receivePayment(before, null, match.paid(), BOOKED));
        if (match.clientCredit().isPositive()) {
          ledger.post(ClientCredits.kept(BE.code(), before.client(), before.number().toString(), match.clientCredit(), BOOKED));
        }
        paid = paid.plus(match.paid());
        kept = kept.plus(match.clientCredit());
      } else {
        assertThat(match.status()).isIn(EntryStatus.UNMATCHED, EntryStatus.SUGGESTED);
        assertThat(match.paid().isZero()).isTrue();
        waiting = waiting.plus(entry.amount());
      }
    }

    assertThat(paid.plus(kept).plus(waiting)).isEqualTo(credits);
    assertThat(ledger.balance(Account.of(AccountType.BANK))).isEqualTo(paid.plus(kept));
    Money creditAccounts = invoices.stream().map(invoice -> ledger.balance(ClientCredits.of(invoice.client()))).reduce(zero(), Money::plus);
    assertThat(creditAccounts).isEqualTo(kept.negated());
    for (Invoice invoice : invoices) {
      Invoice after = current.get(invoice.id());
      assertThat(after.paid()).isLessThanOrEqualTo(invoice.total());
      // A client's credit only ever comes from an invoice paid in full.
      if (ledger.balance(ClientCredits.of(invoice.client())).isNegative()) assertThat(after.outstanding().isZero()).isTrue();
    }
  }

  @Example
  void aSecondPaymentOfAnInvoice_findsNothingDue_andWaits() {
    Client client = Client.register(BE.code(), "Brussels venue", "BE", ClientKind.BUSINESS, "BE0123456749");
    Invoice invoice = Invoice.issue(BE, VatArea.standard(), new InMemoryInvoiceNumbering(), new InvoiceTerms(client, MemberId.random(),
        ContractId.next(), null, null, HolderKind.INDIVIDUAL, ISSUED, List.of(new InvoiceLine("Concert", BigDecimal.ONE, eur(100_000))))).invoice();
    String reference = PaymentReference.belgian(invoice.number()).text();
    List<BankEntry> entries = List.of(
        new BankEntry("E1", eur(100_000), true, BOOKED, BOOKED, null, null, null, reference),
        new BankEntry("E2", eur(50_000), true, BOOKED, BOOKED, null, null, null, reference),
        new BankEntry("E3", eur(10_000), true, BOOKED, BOOKED, null, null, null, reference),
        new BankEntry("E4", eur(121_000), true, BOOKED, BOOKED, " brussels  VENUE", null, null, null));

    List<Reconciliation.Match> matches = Reconciliation.match(BE.code(), entries, List.of(invoice), List.of(invoice),
        id -> id.equals(client.id()) ? client.name() : null);

    // 1,210.00 due: 1,000.00 then 210.00 of the 500.00 (290.00 kept as credit), then nothing is left for the third.
    assertThat(matches).extracting(Reconciliation.Match::status)
        .containsExactly(EntryStatus.MATCHED, EntryStatus.MATCHED, EntryStatus.UNMATCHED, EntryStatus.UNMATCHED);
    assertThat(matches.get(1).paid()).isEqualTo(eur(21_000));
    assertThat(matches.get(1).clientCredit()).isEqualTo(eur(29_000));
    assertThat(matches.get(2).note()).contains("nothing is left due");
    // The payer's name matches, but the whole invoice is no longer due once the statement's entries paid it.
    assertThat(matches.get(3).note()).contains("no structured reference");
  }

  private static Money eur(long cents) {
    return Money.ofMinor(CurrencyUnit.EUR, cents);
  }

  private static Money zero() {
    return Money.zero(CurrencyUnit.EUR);
  }
}
