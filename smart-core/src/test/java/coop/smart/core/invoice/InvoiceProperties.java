package coop.smart.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import coop.smart.core.client.Client;
import coop.smart.core.client.ClientKind;
import coop.smart.core.contract.ContractId;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.entity.ShippedRates;
import coop.smart.core.entity.VatArea;
import coop.smart.core.entity.VatTreatment;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.ledger.Account;
import coop.smart.core.ledger.AccountType;
import coop.smart.core.ledger.InMemoryLedger;
import coop.smart.core.ledger.JournalEntry;
import coop.smart.core.ledger.Posting;
import coop.smart.core.member.MemberId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.time.api.Dates;
import org.joda.money.Money;

/** R1, R8 and the ledger over any lines, client, structure and date, and any sequence of payments and credit notes. */
class InvoiceProperties {

  private static final EntityCatalog CATALOG = EntityCatalog.standard();

  /** One invoice's terms for one entity. */
  record Scenario(NationalEntity entity, InvoiceTerms terms) {
  }

  /** A payment or a credit note of some part of the total, in thousandths (more than 1,000 asks for too much). */
  record Step(boolean payment, int thousandths) {
  }

  @Property(tries = 1000)
  void netPlusVatIsTheTotal_eachRoundedOnceHalfUp(@ForAll("scenarios") Scenario scenario) {
    InvoiceChange issued = issue(scenario);
    Invoice invoice = issued.invoice();
    NationalEntity entity = scenario.entity();

    Money net = Money.zero(entity.currency());
    for (InvoiceLine line : scenario.terms().lines()) {
      net = net.plus(halfUp(entity, line.unitPrice().getAmount().multiply(line.quantity())));
    }
    assertThat(invoice.net()).isEqualTo(net);
    BigDecimal rate = invoice.vatDecision().treatment() == VatTreatment.STANDARD ? ShippedRates.standardVat(entity.code()) : BigDecimal.ZERO;
    assertThat(invoice.vat()).isEqualTo(halfUp(entity, net.getAmount().multiply(rate)));
    assertThat(invoice.net().plus(invoice.vat())).isEqualTo(invoice.total());
    Money fee = halfUp(entity, net.getAmount().multiply(ShippedRates.fee(entity.code(), scenario.terms().holder(), scenario.terms().issueDate())));
    assertThat(invoice.fee().fee()).isEqualTo(fee);
    assertThat(issued.entry().postings()).first().isEqualTo(new Posting(receivable(invoice), invoice.total()));
  }

  @Property(tries = 500)
  void paymentsAndCreditsNeverExceedTheTotal_andTheLedgerAgrees(@ForAll("scenarios") Scenario scenario,
      @ForAll @Size(max = 8) List<@From("steps") Step> steps) {
    InvoiceChange issued = issue(scenario);
    Invoice invoice = issued.invoice();
    List<JournalEntry> entries = new ArrayList<>(List.of(issued.entry()));
    LocalDate day = invoice.issueDate();
    for (Step step : steps) {
      Money amount = part(invoice.total(), step.thousandths());
      if (amount.isZero()) continue;
      try {
        InvoiceChange change = step.payment() ? invoice.pay(day, amount) : invoice.credit(day, amount);
        invoice = change.invoice();
        entries.add(change.entry());
      } catch (BusinessRuleException refused) {
        assertThat(amount).isGreaterThan(invoice.outstanding());
      }
      assertThat(invoice.paid().plus(invoice.credited()).plus(invoice.outstanding())).isEqualTo(invoice.total());
      assertThat(invoice.outstanding().isNegative()).isFalse();
      assertThat(invoice.status().isOpen()).isEqualTo(invoice.outstanding().isPositive());
    }

    InMemoryLedger ledger = new InMemoryLedger(invoice.entity(), invoice.currency());
    ledger.post(entries);
    for (JournalEntry entry : entries) {
      assertThat(entry.postings().stream().map(Posting::amount).reduce(Money::plus).orElseThrow().isZero()).isTrue();
    }
    assertThat(ledger.balance(receivable(invoice))).isEqualTo(invoice.outstanding());
    assertThat(ledger.balance(Account.of(AccountType.BANK))).isEqualTo(invoice.paid());
    assertThat(ledger.trialBalance().values().stream().reduce(Money.zero(invoice.currency()), Money::plus).isZero()).isTrue();
  }

  @Property(tries = 500)
  void fullCredit_inAnyNumberOfNotes_givesBackExactlyTheVatFeeAndFunding(@ForAll("scenarios") Scenario scenario,
      @ForAll @Size(max = 4) List<@IntRange(min = 1, max = 999) Integer> cuts) {
    InvoiceChange issued = issue(scenario);
    Invoice invoice = issued.invoice();
    List<JournalEntry> entries = new ArrayList<>(List.of(issued.entry()));
    Money given = Money.zero(invoice.currency());
    for (int cut : cuts.stream().sorted().distinct().toList()) {
      Money upTo = part(invoice.total(), cut);
      if (!upTo.isGreaterThan(given)) continue;
      InvoiceChange change = invoice.credit(invoice.issueDate(), upTo.minus(given));
      invoice = change.invoice();
      entries.add(change.entry());
      given = upTo;
    }
    InvoiceChange last = invoice.credit(invoice.issueDate(), invoice.outstanding());
    invoice = last.invoice();
    entries.add(last.entry());

    assertThat(invoice.status()).isEqualTo(InvoiceStatus.CREDITED);
    assertThat(sum(invoice, CreditNote::net)).isEqualTo(invoice.net());
    assertThat(sum(invoice, CreditNote::vat)).isEqualTo(invoice.vat());
    assertThat(sum(invoice, CreditNote::fee)).isEqualTo(invoice.fee().fee());
    InMemoryLedger ledger = new InMemoryLedger(invoice.entity(), invoice.currency());
    ledger.post(entries);
    assertThat(ledger.trialBalance()).isEmpty();
  }

  @Property(tries = 200)
  void number_readsBackWhatItPrints(@ForAll("entityCodes") EntityCode entity, @ForAll @IntRange(min = 1000, max = 9999) int year,
                                    @ForAll @LongRange(min = 1, max = 999_999_999_999L) long sequence) {
    InvoiceNumber number = new InvoiceNumber(entity, year, sequence);
    assertThat(InvoiceNumber.parse(number.toString())).isEqualTo(number);
  }

  @Provide
  Arbitrary<EntityCode> entityCodes() {
    return Arbitraries.strings().withCharRange('A', 'Z').ofLength(2).map(EntityCode::of);
  }

  @Provide
  Arbitrary<Step> steps() {
    return Combinators.combine(Arbitraries.of(true, false), Arbitraries.integers().between(1, 1200)).as(Step::new);
  }

  @Provide
  Arbitrary<Scenario> scenarios() {
    return Arbitraries.of(CATALOG.entities()).flatMap(entity -> Combinators.combine(
        clients(entity), structures(entity), Arbitraries.of(HolderKind.class),
        Dates.dates().between(LocalDate.of(2017, 1, 1), LocalDate.of(2030, 12, 31)),
        lines(entity).list().ofMinSize(1).ofMaxSize(6))
        .as((client, structure, holder, on, lines) -> new Scenario(entity,
            new InvoiceTerms(client, MemberId.random(), ContractId.next(), null, structure, holder, on, lines))))
        .filter(scenario -> scenario.terms().lines().stream().anyMatch(line -> line.total().isPositive()));
  }

  private static Arbitrary<Client> clients(NationalEntity entity) {
    EntityCode code = entity.code();
    return Arbitraries.of(
        Client.register(code, "Local business", code.value(), ClientKind.BUSINESS, code.value() + "0123456789"),
        Client.register(code, "Local consumer", code.value(), ClientKind.CONSUMER, null),
        Client.register(code, "EU business", code.value().equals("FR") ? "BE" : "FR", ClientKind.BUSINESS,
            code.value().equals("FR") ? "BE0123456789" : "FR40303265045"),
        Client.register(code, "EU consumer", code.value().equals("DE") ? "AT" : "DE", ClientKind.CONSUMER, null),
        Client.register(code, "British business", "GB", ClientKind.BUSINESS, "GB123456789"),
        Client.register(code, "American business", "US", ClientKind.BUSINESS, null));
  }

  private static Arbitrary<String> structures(NationalEntity entity) {
    return entity.structures().isEmpty() ? Arbitraries.just(null) : Arbitraries.of(entity.structures().keySet()).injectNull(0.3);
  }

  private static Arbitrary<InvoiceLine> lines(NationalEntity entity) {
    Arbitrary<BigDecimal> quantities = Combinators.combine(Arbitraries.longs().between(1, 1_000_000), Arbitraries.integers().between(0, 3))
        .as(BigDecimal::valueOf);
    Arbitrary<Money> prices = Arbitraries.longs().between(0, 10_000_000).map(minor -> Money.ofMinor(entity.currency(), minor));
    return Combinators.combine(quantities, prices).as((quantity, price) -> new InvoiceLine("work", quantity, price));
  }

  private static InvoiceChange issue(Scenario scenario) {
    return Invoice.issue(scenario.entity(), VatArea.standard(), new InMemoryInvoiceNumbering(), scenario.terms());
  }

  private static Account receivable(Invoice invoice) {
    return Account.of(AccountType.CLIENT_RECEIVABLES, invoice.client());
  }

  private static Money halfUp(NationalEntity entity, BigDecimal exact) {
    return Money.of(entity.currency(), exact.setScale(entity.currency().getDecimalPlaces(), RoundingMode.HALF_UP));
  }

  /** {@code thousandths}/1000 of {@code total}, rounded down to the minor unit. */
  private static Money part(Money total, int thousandths) {
    return total.multipliedBy(BigDecimal.valueOf(thousandths, 3), RoundingMode.DOWN);
  }

  private static Money sum(Invoice invoice, Function<CreditNote, Money> amount) {
    return invoice.creditNotes().stream().map(amount).reduce(Money.zero(invoice.currency()), Money::plus);
  }
}
