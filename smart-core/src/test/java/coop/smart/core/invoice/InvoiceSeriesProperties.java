package coop.smart.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;

import coop.smart.core.entity.EntityCode;
import coop.smart.core.error.BusinessRuleException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Whatever dates invoices ask for, each series numbers them continuously and in the order of their dates. */
class InvoiceSeriesProperties {

  private static final EntityCode BE = EntityCode.of("BE");

  /** A number prints with its sequence on six digits at least, and reads back to itself. */
  @Property
  void aNumber_printsWithItsSequenceOnSixDigitsAtLeast_andReadsBack(@ForAll @IntRange(min = 1000, max = 9999) int year,
                                                                     @ForAll @LongRange(min = 1, max = 999_999_999_999L) long sequence) {
    InvoiceNumber number = new InvoiceNumber(EntityCode.of("BE"), year, sequence);
    assertThat(number.toString()).isEqualTo(String.format("BE-%d-%06d", year, sequence));
    assertThat(InvoiceNumber.parse(number.toString())).isEqualTo(number);
  }

  @Property
  void acceptedInvoices_areNumberedWithoutGap_inTheOrderOfTheirDates(@ForAll("datesOfAYear") List<LocalDate> asked) {
    InvoiceNumbering numbering = new InMemoryInvoiceNumbering();
    List<LocalDate> accepted = new ArrayList<>();
    for (LocalDate date : asked) {
      LocalDate last = accepted.isEmpty() ? null : accepted.get(accepted.size() - 1);
      try {
        InvoiceNumber number = numbering.next(BE, date);
        accepted.add(date);
        assertThat(number).isEqualTo(new InvoiceNumber(BE, date.getYear(), accepted.size()));
      } catch (BusinessRuleException refused) {
        assertThat(refused.rule()).isEqualTo(InvoiceSeries.DATE_ORDER);
        assertThat(date).as("refused only when dated before the last").isBefore(last);
      }
    }
    assertThat(accepted).isSorted();
  }

  @Provide
  Arbitrary<List<LocalDate>> datesOfAYear() {
    return Arbitraries.integers().between(0, 364).map(day -> LocalDate.of(2017, 1, 1).plusDays(day)).list().ofMaxSize(40);
  }
}
