package coop.smart.persistence;

import static coop.smart.persistence.Fixtures.BE;
import static coop.smart.persistence.Fixtures.FR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.activity.Activity;
import coop.smart.core.client.Client;
import coop.smart.core.contract.Contract;
import coop.smart.core.contract.ContractId;
import coop.smart.core.contract.ContractStatus;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.error.ConflictException;
import coop.smart.core.error.NotFoundException;
import coop.smart.core.invoice.InMemoryInvoiceNumbering;
import coop.smart.core.invoice.Invoice;
import coop.smart.core.invoice.InvoiceChange;
import coop.smart.core.invoice.InvoiceFilter;
import coop.smart.core.invoice.InvoiceId;
import coop.smart.core.invoice.InvoiceLine;
import coop.smart.core.invoice.InvoiceNumber;
import coop.smart.core.invoice.InvoiceRepository;
import coop.smart.core.invoice.InvoiceStatus;
import coop.smart.core.invoice.InvoiceSummary;
import coop.smart.core.invoice.InvoiceTerms;
import coop.smart.core.store.Transactions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

abstract class InvoiceRepositoryContract extends RepositoryContract<Invoice, InvoiceId> {

  @Override
  InvoiceRepository repository(EntityCode entity) {
    return new JdbiInvoiceRepository(database, Fixtures.national(entity));
  }

  @Override
  Invoice fresh(EntityCode entity) {
    return Fixtures.invoice(database, entity, Money.of(Fixtures.currency(entity), 1000));
  }

  @Override
  Invoice changed(Invoice invoice) {
    return invoice.pay(invoice.issueDate().plusDays(3), Money.zero(invoice.currency()).plusMinor(1)).invoice();
  }

  @ParameterizedTest
  @CsvSource({"BE, EUR 1234567.89, EUR 0.01, EUR 1000.00", "SE, SEK 0.01, SEK 0.01, SEK 0.01", "HU, HUF 987654321.99, HUF 0.01, HUF 123456.78"})
  void amounts_keepEveryCent_inTheEntitysCurrency(String entity, String unitPrice, String paid, String credited) {
    EntityCode code = EntityCode.of(entity);
    Invoice issued = Fixtures.invoice(database, code, Money.parse(unitPrice));
    Invoice reminded = issued.remind(Fixtures.national(code), issued.dueDate().plusDays(40));
    Invoice invoice = reminded.pay(issued.dueDate().plusDays(41), Money.parse(paid)).invoice()
        .credit(issued.dueDate().plusDays(42), Money.parse(credited)).invoice();

    Invoice saved = repository(code).save(invoice);
    Invoice read = repository(code).find(invoice.id()).orElseThrow();

    assertThat(read).isEqualTo(saved);
    assertThat(read.reminders()).isNotEmpty();
    assertThat(read.net()).isEqualTo(Money.parse(unitPrice).multipliedBy(new BigDecimal("1.5"), RoundingMode.HALF_UP));
    assertThat(read.paid()).isEqualTo(Money.parse(paid));
    assertThat(read.credited()).isEqualTo(Money.parse(credited));
    assertThat(read.outstanding()).isEqualTo(invoice.outstanding());
  }

  @Test
  void find_byNumber_readsTheEntitysInvoiceOnly() {
    Invoice belgian = repository(BE).save(fresh(BE));
    assertThat(repository(BE).find(belgian.number())).contains(belgian);
    assertThat(repository(FR).find(belgian.number())).isEmpty();
  }

  @Test
  void withNumbers_readsTheEntitysInvoicesOfThoseNumbers_inOneGo() {
    Invoice first = repository(BE).save(fresh(BE));
    Invoice second = repository(BE).save(fresh(BE));
    repository(BE).save(fresh(BE));
    Invoice french = repository(FR).save(fresh(FR));

    assertThat(repository(BE).withNumbers(List.of(first.number(), second.number(), french.number(), new InvoiceNumber(BE, 2099, 1))))
        .containsExactlyInAnyOrder(first, second);
    assertThat(repository(BE).withNumbers(List.of())).isEmpty();
  }

  @Test
  void summariesWithNumbers_sayWhatTheInvoicesSay_withTheStatusTheirPaymentsGiveThem() {
    Invoice issued = repository(BE).save(fresh(BE));
    Invoice paid = repository(BE).save(fresh(BE));
    Invoice settled = repository(BE).save(paid.pay(paid.issueDate(), paid.total()).invoice());
    Invoice french = repository(FR).save(fresh(FR));

    assertThat(repository(BE).summariesWithNumbers(List.of(issued.number(), settled.number(), french.number(), new InvoiceNumber(BE, 2099, 1))))
        .containsExactlyInAnyOrder(InvoiceSummary.of(issued), InvoiceSummary.of(settled));
    assertThat(InvoiceSummary.of(settled).status()).isEqualTo(InvoiceStatus.PAID);
    assertThat(repository(BE).summariesWithNumbers(List.of())).isEmpty();
  }

  @Test
  void saveChanges_storesEveryChangedInvoiceWithItsParts_orNoneWhenOneIsStale() {
    Invoice first = repository(BE).save(fresh(BE));
    Invoice second = repository(BE).save(fresh(BE));

    List<Invoice> saved = repository(BE).saveChanges(List.of(changed(first), changed(second)));

    assertThat(saved).extracting(Invoice::version).containsExactly(2L, 2L);
    assertThat(repository(BE).find(first.id())).contains(saved.get(0));
    assertThat(repository(BE).find(second.id())).contains(saved.get(1));
    assertThat(saved.get(1).payments()).hasSize(1);
    assertThatThrownBy(() -> repository(BE).saveChanges(List.of(changed(saved.get(0)), changed(second)))).isInstanceOf(ConflictException.class);
    assertThat(repository(BE).find(first.id())).contains(saved.get(0));
  }

  @Test
  void openOf_listsTheClientsInvoicesStillDue_byNumber() {
    InvoiceTerms terms = Fixtures.storedTerms(database, BE, Money.parse("EUR 100.00"));
    Invoice first = issued(terms);
    Invoice paid = issued(terms);
    Invoice partlyPaid = issued(terms);
    Invoice settled = repository(BE).save(paid.pay(paid.issueDate(), paid.total()).invoice());
    Invoice partly = repository(BE).save(partlyPaid.pay(paid.issueDate(), Money.parse("EUR 1.00")).invoice());
    repository(BE).save(fresh(BE)); // another client's

    assertThat(repository(BE).openOf(terms.client().id())).containsExactly(first, partly);
    assertThat(repository(BE).find(settled.id())).contains(settled);
  }

  @Test
  void ofActivity_listsTheInvoicesFundingTheActivity() {
    InvoiceTerms contractTerms = Fixtures.storedTerms(database, BE, Money.parse("EUR 100.00"));
    Client client = contractTerms.client();
    Activity studio = new JdbiActivityRepository(database, BE).save(Fixtures.activity(database, BE));
    InvoiceTerms activityTerms = new InvoiceTerms(client, contractTerms.member(), null, studio.id(), null, HolderKind.INDIVIDUAL,
        Fixtures.ISSUED_ON, List.of(new InvoiceLine("Workshop", BigDecimal.ONE, Money.parse("EUR 450.00"))));
    Invoice funding = issued(activityTerms);
    issued(contractTerms);

    assertThat(repository(BE).ofActivity(studio.id())).containsExactly(funding);
  }

  @Test
  void ofContract_findsTheInvoiceFundingTheContract() {
    InvoiceTerms terms = Fixtures.storedTerms(database, BE, Money.parse("EUR 100.00"));
    Invoice funding = issued(terms);
    issued(Fixtures.storedTerms(database, BE, Money.parse("EUR 100.00")));

    assertThat(repository(BE).ofContract(terms.contract())).contains(funding);
    assertThat(repository(FR).ofContract(terms.contract())).isEmpty();
  }

  @Test
  void summariesOfContracts_summariseTheInvoicesFundingThoseContracts_inOneGo() {
    InvoiceTerms first = Fixtures.storedTerms(database, BE, Money.parse("EUR 100.00"));
    InvoiceTerms second = Fixtures.storedTerms(database, BE, Money.parse("EUR 250.00"));
    InvoiceTerms other = Fixtures.storedTerms(database, BE, Money.parse("EUR 100.00"));
    Invoice firstFunding = issued(first);
    Invoice secondFunding = issued(second);
    issued(other);

    assertThat(repository(BE).summariesOfContracts(List.of(first.contract(), second.contract(), first.contract(), ContractId.next())))
        .containsExactlyInAnyOrder(InvoiceSummary.of(firstFunding), InvoiceSummary.of(secondFunding));
    assertThat(repository(FR).summariesOfContracts(List.of(first.contract()))).isEmpty();
    assertThat(repository(BE).summariesOfContracts(List.of())).isEmpty();
  }

  @Test
  void withStepDueBy_listsTheOpenInvoicesWhoseNextCollectionStepHasCome_byNumber() {
    Invoice first = issued(Fixtures.storedTerms(database, BE, Money.parse("EUR 100.00")));
    Invoice paid = issued(Fixtures.storedTerms(database, BE, Money.parse("EUR 100.00")));
    Invoice third = issued(Fixtures.storedTerms(database, BE, Money.parse("EUR 100.00")));
    Invoice partly = issued(Fixtures.storedTerms(database, BE, Money.parse("EUR 100.00")));
    repository(BE).save(paid.pay(paid.issueDate(), paid.total()).invoice());
    Invoice partlyPaid = repository(BE).save(partly.pay(partly.issueDate(), Money.parse("EUR 10.00")).invoice());
    LocalDate firstReminder = first.dueDate().plusDays(7); // R9: due date + 7

    assertThat(repository(BE).withStepDueBy(firstReminder)).containsExactly(first, third, partlyPaid);
    assertThat(repository(BE).withStepDueBy(firstReminder.minusDays(1))).as("no step before due date + 7").isEmpty();
    assertThat(repository(FR).withStepDueBy(firstReminder)).isEmpty();

    Invoice reminded = repository(BE).save(first.remind(Fixtures.national(BE), firstReminder));
    assertThat(repository(BE).withStepDueBy(firstReminder)).as("its next step is at + 21").containsExactly(third, partlyPaid);
    assertThat(repository(BE).withStepDueBy(first.dueDate().plusDays(21))).containsExactly(reminded, third, partlyPaid);
    Invoice handedOver = repository(BE).save(reminded.remind(Fixtures.national(BE), first.dueDate().plusDays(60)));
    assertThat(handedOver.reminders()).hasSize(4);
    assertThat(repository(BE).withStepDueBy(first.dueDate().plusDays(365))).as("past its last step").containsExactly(third, partlyPaid);
  }

  @Test
  void awaitingSalary_listsTheInvoicesOfContractsInvoicedButNotPaid_fromTheirPaymentDate() {
    InvoiceTerms invoicedTerms = Fixtures.storedTerms(database, BE, Money.parse("EUR 100.00"));
    InvoiceTerms paidTerms = Fixtures.storedTerms(database, BE, Money.parse("EUR 100.00"));
    JdbiContractRepository contracts = new JdbiContractRepository(database, Fixtures.national(BE));
    contracts.save(withStatus(contracts.find(invoicedTerms.contract()).orElseThrow(), ContractStatus.INVOICED));
    contracts.save(withStatus(contracts.find(paidTerms.contract()).orElseThrow(), ContractStatus.PAID));
    Invoice awaiting = issued(invoicedTerms);
    issued(paidTerms);

    // Served until Friday 2017-07-14: paid Monday the 24th (R2's example).
    assertThat(repository(BE).awaitingSalary(LocalDate.of(2017, 7, 24))).containsExactly(awaiting);
    assertThat(repository(BE).awaitingSalary(LocalDate.of(2017, 7, 23))).as("before its payment date").isEmpty();
  }

  @Test
  void listFiltered_pagesThroughTheInvoicesOfOneClientStatusOrMember_inIdOrder() {
    InvoiceTerms terms = Fixtures.storedTerms(database, BE, Money.parse("EUR 100.00"));
    List<Invoice> theirs = new ArrayList<>(List.of(issued(terms), issued(terms), issued(terms)));
    Invoice other = issued(Fixtures.storedTerms(database, BE, Money.parse("EUR 100.00")));
    Invoice paid = repository(BE).save(theirs.get(1).pay(Fixtures.ISSUED_ON, theirs.get(1).total()).invoice());
    theirs.set(1, paid);

    InvoiceFilter ofClient = new InvoiceFilter(terms.client().id(), null, null);
    List<Invoice> pages = new ArrayList<>(repository(BE).list(ofClient, null, 2));
    assertThat(pages).hasSize(2);
    pages.addAll(repository(BE).list(ofClient, pages.get(1).id(), 2));
    assertThat(pages).containsExactlyInAnyOrderElementsOf(theirs);
    assertThat(repository(BE).list(new InvoiceFilter(null, InvoiceStatus.PAID, null), null, 10)).containsExactly(paid);
    assertThat(repository(BE).list(new InvoiceFilter(null, null, other.member()), null, 10)).containsExactly(other);
    assertThat(repository(BE).list(InvoiceFilter.ALL, null, 10)).hasSize(4);
    assertThat(repository(FR).list(InvoiceFilter.ALL, null, 10)).isEmpty();
  }

  @Test
  void failureBetweenTheInvoiceAndTheLedgerWrite_leavesNothingBehind_andGivesTheNumberBack() {
    InvoiceTerms terms = Fixtures.storedTerms(database, BE, Money.parse("EUR 100.00"));
    JdbiLedger ledger = new JdbiLedger(database, BE, Fixtures.currency(BE));
    InvoiceId[] attempted = new InvoiceId[1];

    assertThatThrownBy(() -> transactions().useTransaction(() -> {
      InvoiceChange change = Fixtures.issue(BE, numbering(), terms);
      attempted[0] = repository(BE).save(change.invoice()).id();
      throw new IllegalStateException("injected failure");
    })).hasMessage("injected failure");

    assertThat(repository(BE).find(attempted[0])).isEmpty();
    assertThat(repository(BE).count()).isZero();
    assertThat(ledger.entries()).isEmpty();
    InvoiceChange next = transactions().inTransaction(() -> {
      InvoiceChange change = Fixtures.issue(BE, numbering(), terms);
      repository(BE).save(change.invoice());
      ledger.post(change.entry());
      return change;
    });
    assertThat(next.invoice().number().sequence()).isEqualTo(1);
    assertThat(ledger.entries()).containsExactly(next.entry());
  }

  private static Contract withStatus(Contract contract, ContractStatus status) {
    return new Contract(contract.id(), contract.entity(), contract.member(), contract.client(), contract.activity(), contract.type(),
        contract.structure(), contract.holder(), contract.start(), contract.end(), contract.workDays(), contract.invoicedAmount(),
        contract.expenses(), contract.withholdingRate(), status, contract.start(), contract.version());
  }

  /** An invoice on {@code terms}, issued under the database's numbering and stored in one transaction. */
  private Invoice issued(InvoiceTerms terms) {
    return transactions().inTransaction(() -> repository(BE).save(Fixtures.issue(BE, numbering(), terms).invoice()));
  }

  private JdbiInvoiceNumbering numbering() {
    return new JdbiInvoiceNumbering(database);
  }

  private Transactions transactions() {
    return new JdbiTransactions(database);
  }

  @Test
  void saveAll_keepsEachInvoicesParts_withItsOwnInvoice() {
    Invoice plain = fresh(BE);
    Invoice issued = fresh(BE);
    Invoice busy = issued.remind(Fixtures.national(BE), issued.dueDate().plusDays(40))
        .pay(issued.dueDate().plusDays(41), Money.parse("EUR 1.00")).invoice()
        .credit(issued.dueDate().plusDays(42), Money.parse("EUR 2.00")).invoice();

    List<Invoice> saved = repository(BE).saveAll(List.of(plain, busy));

    assertThat(repository(BE).find(plain.id())).contains(saved.get(0));
    assertThat(repository(BE).find(busy.id())).contains(saved.get(1));
    assertThat(saved.get(1).reminders()).isNotEmpty();
  }

  @Test
  void saveAll_withOneInvoiceForAContractNotStored_isNotFound_andStoresNoneOfThem() {
    InvoiceTerms stored = Fixtures.storedTerms(database, BE, Money.parse("EUR 100.00"));
    InvoiceTerms orphan = Fixtures.terms(stored.client(), Fixtures.contractOf(Fixtures.member(BE), stored.client(), Money.parse("EUR 100.00")),
        Money.parse("EUR 100.00"));
    InMemoryInvoiceNumbering numbers = new InMemoryInvoiceNumbering();
    List<Invoice> invoices = List.of(Fixtures.issue(BE, numbers, stored).invoice(), Fixtures.issue(BE, numbers, orphan).invoice());
    assertThatThrownBy(() -> repository(BE).saveAll(invoices)).isInstanceOf(NotFoundException.class);
    assertThat(repository(BE).count()).isZero();
  }
}
