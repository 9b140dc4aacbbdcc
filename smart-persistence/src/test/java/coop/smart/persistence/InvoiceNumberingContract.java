package coop.smart.persistence;

import static coop.smart.persistence.Fixtures.BE;
import static coop.smart.persistence.Fixtures.FR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.invoice.Invoice;
import coop.smart.core.invoice.InvoiceChange;
import coop.smart.core.invoice.InvoiceNumber;
import coop.smart.core.invoice.InvoiceSeries;
import coop.smart.core.invoice.InvoiceTerms;
import coop.smart.core.ledger.JournalEntry;
import coop.smart.core.store.Transactions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.LongStream;
import org.joda.money.Money;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The database's invoice numbers: one gap-free series per entity and year, in the order of the
 * invoices' dates, taken in the transaction that stores the invoice, however many issue at once.
 */
abstract class InvoiceNumberingContract {

  private static final int THREADS = 8;
  private static final int INVOICES_PER_THREAD = 12;
  private static final LocalDate IN_2017 = Fixtures.ISSUED_ON;
  private static final LocalDate IN_2018 = IN_2017.plusYears(1);

  private JdbiInvoiceNumbering numbering;
  private Transactions transactions;
  private JdbiInvoiceRepository invoices;
  private JdbiLedger ledger;
  private InvoiceTerms terms;

  @BeforeEach
  void open(Database database) {
    numbering = new JdbiInvoiceNumbering(database);
    transactions = new JdbiTransactions(database);
    invoices = new JdbiInvoiceRepository(database, Fixtures.national(BE));
    ledger = new JdbiLedger(database, BE, Fixtures.currency(BE));
    terms = Fixtures.storedTerms(database, BE, Money.parse("EUR 250.00"));
  }

  @Test
  void series_startAtOne_perEntityAndYear() {
    assertThat(transactions.inTransaction(() -> List.of(numbering.next(BE, IN_2017), numbering.next(BE, IN_2017), numbering.next(BE, IN_2018),
        numbering.next(FR, IN_2017)))).containsExactly(new InvoiceNumber(BE, 2017, 1), new InvoiceNumber(BE, 2017, 2),
        new InvoiceNumber(BE, 2018, 1), new InvoiceNumber(FR, 2017, 1));
    assertThat(transactions.inTransaction(() -> numbering.next(BE, IN_2017))).isEqualTo(new InvoiceNumber(BE, 2017, 3));
  }

  @Test
  void aRolledBackTransaction_givesItsNumbersBack() {
    transactions.inTransaction(() -> numbering.next(BE, IN_2017));
    assertThatThrownBy(() -> transactions.useTransaction(() -> {
      numbering.next(BE, IN_2017);
      numbering.next(BE, IN_2018); // a series created and rolled back
      throw new IllegalStateException("injected failure");
    })).hasMessage("injected failure");
    assertThat(transactions.inTransaction(() -> List.of(numbering.next(BE, IN_2017), numbering.next(BE, IN_2018))))
        .containsExactly(new InvoiceNumber(BE, 2017, 2), new InvoiceNumber(BE, 2018, 1));
  }

  @Test
  void anInvoiceDatedBeforeTheLastOfItsSeries_isRefused_andARolledBackDateIsGivenBack() {
    transactions.inTransaction(() -> numbering.next(BE, IN_2017));
    assertThatThrownBy(() -> transactions.useTransaction(() -> {
      numbering.next(BE, IN_2017.plusDays(5));
      throw new IllegalStateException("injected failure");
    })).hasMessage("injected failure");

    assertThatThrownBy(() -> transactions.inTransaction(() -> numbering.next(BE, IN_2017.minusDays(1))))
        .isInstanceOfSatisfying(BusinessRuleException.class, refused -> assertThat(refused.rule()).isEqualTo(InvoiceSeries.DATE_ORDER))
        .hasMessageContaining("BE-2017-000001");
    assertThat(transactions.inTransaction(() -> numbering.next(BE, IN_2017.plusDays(1)))).isEqualTo(new InvoiceNumber(BE, 2017, 2));
  }

  @Test
  void concurrentIssuers_ofInvoicesOfTheirOwnDates_leaveTheSeriesInTheOrderOfItsDates() throws Exception {
    List<Invoice> stored = new ArrayList<>(issuedAtOnce(thread -> () -> {
      List<InvoiceChange> committed = new ArrayList<>();
      for (int i = 0; i < INVOICES_PER_THREAD; i++) {
        InvoiceTerms dated = new InvoiceTerms(terms.client(), terms.member(), terms.contract(), null, null, terms.holder(),
            IN_2017.plusDays((thread * 7L + i * 3L) % 20), terms.lines());
        try {
          committed.add(transactions.inTransaction(() -> {
            InvoiceChange change = Fixtures.issue(BE, numbering, dated);
            invoices.save(change.invoice());
            return change;
          }));
        } catch (BusinessRuleException refused) {
          assertThat(refused.rule()).isEqualTo(InvoiceSeries.DATE_ORDER);
        }
      }
      return committed;
    }).stream().map(InvoiceChange::invoice).toList());

    stored.sort(Comparator.comparing(invoice -> invoice.number().sequence()));
    assertThat(stored).extracting(invoice -> invoice.number().sequence()).isEqualTo(LongStream.rangeClosed(1, stored.size()).boxed().toList());
    assertThat(stored).extracting(Invoice::issueDate).isSorted();
  }

  @Test
  void numbersTakenTogether_followTheSeries_andARefusedDateTakesNone() {
    transactions.inTransaction(() -> numbering.next(BE, IN_2017));
    assertThat(transactions.inTransaction(() -> numbering.next(BE, IN_2017.plusDays(1), 3))).containsExactly(
        new InvoiceNumber(BE, 2017, 2), new InvoiceNumber(BE, 2017, 3), new InvoiceNumber(BE, 2017, 4));
    assertThat(transactions.inTransaction(() -> numbering.next(BE, IN_2018, 2)))
        .containsExactly(new InvoiceNumber(BE, 2018, 1), new InvoiceNumber(BE, 2018, 2));

    assertThatThrownBy(() -> transactions.inTransaction(() -> numbering.next(BE, IN_2017, 5)))
        .isInstanceOfSatisfying(BusinessRuleException.class, refused -> assertThat(refused.rule()).isEqualTo(InvoiceSeries.DATE_ORDER));
    assertThat(transactions.inTransaction(() -> numbering.next(BE, IN_2017.plusDays(1)))).isEqualTo(new InvoiceNumber(BE, 2017, 5));
  }

  @Test
  void aNumberTakenOutsideATransaction_isRefused() {
    assertThatThrownBy(() -> numbering.next(BE, IN_2017)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("inside the transaction that stores the invoice");
    assertThat(transactions.inTransaction(() -> numbering.next(BE, IN_2017)).sequence()).isEqualTo(1);
  }

  @Test
  void concurrentIssuers_storeEveryInvoiceWithItsOwnNumber_andLeaveNoGap() throws Exception {
    List<InvoiceChange> changes = issuedAtOnce(thread -> this::issueFailingEveryFifth);

    List<Long> sequences = changes.stream().map(change -> change.invoice().number().sequence()).sorted().toList();
    assertThat(sequences).isEqualTo(LongStream.rangeClosed(1, changes.size()).boxed().toList());
    assertThat(changes).hasSizeLessThan(THREADS * INVOICES_PER_THREAD); // some were rolled back, and gave their numbers back
    for (InvoiceChange change : changes) {
      assertThat(invoices.find(change.invoice().number())).contains(change.invoice().withVersion(1));
    }
    assertThat(invoices.count()).isEqualTo(changes.size());
    assertThat(ledger.entries()).containsExactlyInAnyOrderElementsOf(changes.stream().map(InvoiceChange::entry).toList());
  }

  /** What {@value #THREADS} issuers started at once committed, each issuer given its thread's number. */
  private static List<InvoiceChange> issuedAtOnce(IntFunction<Callable<List<InvoiceChange>>> issuer) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<List<InvoiceChange>>> issued = new ArrayList<>();
      for (int thread = 0; thread < THREADS; thread++) {
        Callable<List<InvoiceChange>> work = issuer.apply(thread);
        issued.add(pool.submit(() -> {
          start.await();
          return work.call();
        }));
      }
      start.countDown();
      List<InvoiceChange> committed = new ArrayList<>();
      for (Future<List<InvoiceChange>> one : issued) committed.addAll(one.get(60, TimeUnit.SECONDS));
      return committed;
    } finally {
      pool.shutdownNow();
    }
  }

  /** Issues invoices one transaction each, the invoice stored and its entry posted; every fifth fails after storing and rolls back. */
  private List<InvoiceChange> issueFailingEveryFifth() {
    List<InvoiceChange> committed = new ArrayList<>();
    for (int i = 1; i <= INVOICES_PER_THREAD; i++) {
      boolean fail = i % 5 == 0;
      try {
        committed.add(transactions.inTransaction(() -> {
          InvoiceChange change = Fixtures.issue(BE, numbering, terms);
          Invoice stored = invoices.save(change.invoice());
          if (fail) throw new IllegalStateException("injected failure after storing " + stored.number());
          ledger.post(change.entry());
          return change;
        }));
      } catch (IllegalStateException expected) {
        assertThat(fail).isTrue();
      }
    }
    return committed;
  }
}
