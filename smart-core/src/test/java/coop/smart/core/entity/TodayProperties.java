package coop.smart.core.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import coop.smart.core.error.ValidationException;
import java.time.LocalDate;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Whatever date a request gives, it is accepted exactly within the entity's rules and its today, or refused naming its field. */
class TodayProperties {

  private static final NationalEntity BE = EntityCatalog.standard().entity("BE");

  @Property
  void whatHappened_isAcceptedFromTheFirstDayOfTheRulesToToday(@ForAll("clockDays") LocalDate today, @ForAll("days") LocalDate asked) {
    boolean within = !asked.isBefore(BE.rulesFrom()) && !asked.isAfter(today) && !today.isBefore(BE.rulesFrom());
    assertAcceptedExactly(within, asked, () -> new Today(BE, today).past("paidOn", asked), "paidOn");
  }

  @Property
  void anInvoiceDate_isAcceptedWithinTheBackDatingBeforeToday(@ForAll("clockDays") LocalDate today, @ForAll("days") LocalDate asked) {
    boolean within = !asked.isBefore(BE.rulesFrom()) && !asked.isAfter(today) && !asked.isBefore(today.minusDays(15));
    assertAcceptedExactly(within, asked, () -> new Today(BE, today).invoiceDate(asked), "issueDate");
  }

  /** What a clock says: days around the years the shipped rules describe, a few before them. */
  @Provide
  Arbitrary<LocalDate> clockDays() {
    return Arbitraries.integers().between(-400, 4000).map(day -> LocalDate.of(2017, 1, 1).plusDays(day));
  }

  /** What a request gives: mostly such days, sometimes the farthest a date can be. */
  @Provide
  Arbitrary<LocalDate> days() {
    Arbitrary<LocalDate> far = Arbitraries.of(LocalDate.MIN, LocalDate.of(0, 1, 1), LocalDate.of(9999, 12, 31), LocalDate.of(10000, 1, 1),
        LocalDate.MAX);
    return Arbitraries.frequencyOf(Tuple.of(9, clockDays()), Tuple.of(1, far));
  }

  private static void assertAcceptedExactly(boolean within, LocalDate asked, Supplier<LocalDate> check, String field) {
    Throwable refused = catchThrowable(check::get);
    if (within) {
      assertThat(refused).isNull();
      assertThat(check.get()).isEqualTo(asked);
    } else {
      assertThat(refused).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).containsOnlyKeys(field));
    }
  }
}
