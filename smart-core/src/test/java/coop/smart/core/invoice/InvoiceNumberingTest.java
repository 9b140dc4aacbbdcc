package coop.smart.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.entity.EntityCode;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.error.ValidationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class InvoiceNumberingTest {

  private static final EntityCode BE = EntityCode.of("BE");
  private static final LocalDate MARCH = LocalDate.of(2017, 3, 15);

  @Test
  void eightThreads_getEveryNumberOnceWithNoGap() throws Exception {
    InvoiceNumbering numbering = new InMemoryInvoiceNumbering();
    int threads = 8;
    int each = 2_000;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Callable<List<InvoiceNumber>>> tasks = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        tasks.add(() -> {
          List<InvoiceNumber> taken = new ArrayList<>();
          for (int i = 0; i < each; i++) taken.add(numbering.next(BE, MARCH));
          return taken;
        });
      }
      List<Long> sequences = new ArrayList<>();
      for (Future<List<InvoiceNumber>> taken : pool.invokeAll(tasks)) taken.get().forEach(number -> sequences.add(number.sequence()));
      assertThat(sequences).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, threads * each).boxed().toList());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void eachYearAndEachEntity_startANewSeries() {
    InvoiceNumbering numbering = new InMemoryInvoiceNumbering();
    numbering.next(BE, MARCH);
    assertThat(numbering.next(BE, MARCH).toString()).isEqualTo("BE-2017-000002");
    assertThat(numbering.next(BE, MARCH.plusYears(1)).toString()).isEqualTo("BE-2018-000001");
    assertThat(numbering.next(EntityCode.of("FR"), MARCH).toString()).isEqualTo("FR-2017-000001");
    assertThat(numbering.next(BE, MARCH).toString()).isEqualTo("BE-2017-000003");
  }

  @Test
  void anInvoiceDatedBeforeTheLastOfItsSeries_isRefused_andTakesNoNumber() {
    InvoiceNumbering numbering = new InMemoryInvoiceNumbering();
    for (int i = 0; i < 5; i++) numbering.next(BE, MARCH);

    assertThatThrownBy(() -> numbering.next(BE, MARCH.minusDays(1))).isInstanceOfSatisfying(BusinessRuleException.class, refused -> {
      assertThat(refused.rule()).isEqualTo(InvoiceSeries.DATE_ORDER);
      assertThat(refused.getMessage()).isEqualTo("issueDate: must not be before 2017-03-15, the date of BE-2017-000005, the last invoice"
          + " of its series: invoices are numbered in the order of their dates: 2017-03-14");
    });
    assertThat(numbering.next(BE, MARCH).toString()).isEqualTo("BE-2017-000006");
    assertThat(numbering.next(BE, LocalDate.of(2016, 12, 31)).toString()).as("another year, another series").isEqualTo("BE-2016-000001");
  }

  @Test
  void numbersTakenTogether_areHandedOutInOrder_eachToOneInvoiceOfTheirDate() {
    InvoiceNumbering numbering = new InMemoryInvoiceNumbering();
    numbering.next(BE, MARCH);
    TakenNumbers taken = new TakenNumbers(MARCH, numbering.next(BE, MARCH, 2));

    assertThatThrownBy(() -> taken.next(BE, MARCH.plusDays(1))).isInstanceOf(IllegalStateException.class)
        .hasMessage("numbers taken for invoices of 2017-03-15, asked for one of 2017-03-16");
    assertThat(taken.next(BE, MARCH).toString()).isEqualTo("BE-2017-000002");
    assertThatThrownBy(taken::requireAllHandedOut).isInstanceOf(IllegalStateException.class)
        .hasMessage("number BE-2017-000003 was taken for no invoice");
    assertThat(taken.next(BE, MARCH).toString()).isEqualTo("BE-2017-000003");
    taken.requireAllHandedOut();
    assertThatThrownBy(() -> taken.next(BE, MARCH)).hasMessage("every number taken for 2017-03-15 is handed out");
    assertThat(numbering.next(BE, MARCH).toString()).isEqualTo("BE-2017-000004");
  }

  @Test
  void number_printsSixDigitsAtLeast_andReadsBack() {
    assertThat(new InvoiceNumber(BE, 2017, 42).toString()).isEqualTo("BE-2017-000042");
    assertThat(new InvoiceNumber(BE, 2017, 1_234_567).toString()).isEqualTo("BE-2017-1234567");
    assertThat(InvoiceNumber.parse("BE-2017-000042")).isEqualTo(new InvoiceNumber(BE, 2017, 42));
    assertThat(InvoiceNumber.parse("BE-2017-1234567")).isEqualTo(new InvoiceNumber(BE, 2017, 1_234_567));
  }

  @Test
  void malformedNumber_isRefusedNamingTheValue() {
    assertThatThrownBy(() -> InvoiceNumber.parse("BE-17-42"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("invoiceNumber: must read ENTITY-YEAR-SEQUENCE, e.g. BE-2017-000042: 'BE-17-42'");
  }
}
