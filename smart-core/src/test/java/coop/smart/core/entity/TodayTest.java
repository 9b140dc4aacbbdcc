package coop.smart.core.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.error.ValidationException;
import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

/** The dates an entity's today lets a request give, each refusal naming its field. */
class TodayTest {

  private static final NationalEntity BE = EntityCatalog.standard().entity("BE");
  private static final Today JULY_20 = new Today(BE, LocalDate.of(2017, 7, 20));

  @Test
  void theEntitysRules_applyFromTheEarliestDateOfItsData_toTheLastFourDigitYear() {
    assertThat(BE.rulesFrom()).isEqualTo(LocalDate.of(2017, 1, 1));
    NationalEntity older = LayeredData.withRows("BE", "minimumWage | 2015-03-01 | hourly | 9.10 | test\n").entity("BE");
    assertThat(older.rulesFrom()).as("the earliest row of any section").isEqualTo(LocalDate.of(2015, 3, 1));

    assertThat(BE.requireRulesApply("on", LocalDate.of(2017, 1, 1))).isEqualTo(LocalDate.of(2017, 1, 1));
    assertThat(BE.requireRulesApply("on", NationalEntity.LAST_DAY)).isEqualTo(NationalEntity.LAST_DAY);
    assertThatThrownBy(() -> BE.requireRulesApply("on", LocalDate.of(2016, 12, 31))).isInstanceOf(ValidationException.class)
        .hasMessage("on: must not be before 2017-01-01, when the rules of BE (SMart Belgium) start to apply: 2016-12-31");
    assertThatThrownBy(() -> BE.requireRulesApply("on", LocalDate.MIN)).isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("on: must not be before 2017-01-01");
    assertThatThrownBy(() -> BE.requireRulesApply("end", LocalDate.of(10000, 1, 1))).isInstanceOf(ValidationException.class)
        .hasMessage("end: must not be after 9999-12-31, as years have four digits: +10000-01-01");
  }

  @Test
  void whatHappened_isDatedOnADayThatHasCome_inWhichTheRulesApply() {
    assertThat(JULY_20.past("paidOn", null)).as("today by default").isEqualTo(JULY_20.date());
    assertThat(JULY_20.past("paidOn", LocalDate.of(2017, 1, 1))).isEqualTo(LocalDate.of(2017, 1, 1));
    assertThatThrownBy(() -> JULY_20.past("paidOn", LocalDate.of(2017, 7, 21))).isInstanceOf(ValidationException.class)
        .hasMessage("paidOn: must not be after today, 2017-07-20: 2017-07-21");
    assertThatThrownBy(() -> JULY_20.past("paidOn", LocalDate.MAX)).hasMessageStartingWith("paidOn: must not be after today");
    assertThatThrownBy(() -> JULY_20.past("on", LocalDate.of(0, 1, 1))).hasMessageStartingWith("on: must not be before 2017-01-01");
  }

  @Test
  void anInvoice_isDatedToday_orWithinTheBackDatingTheEntityAllows() {
    assertThat(BE.invoiceBackdating(JULY_20.date())).isEqualTo(Period.ofDays(15));
    assertThat(JULY_20.invoiceDate(null)).isEqualTo(JULY_20.date());
    assertThat(JULY_20.invoiceDate(LocalDate.of(2017, 7, 5))).isEqualTo(LocalDate.of(2017, 7, 5));
    assertThatThrownBy(() -> JULY_20.invoiceDate(LocalDate.of(2017, 7, 4))).isInstanceOf(ValidationException.class)
        .hasMessage("issueDate: must not be more than 15 days (P15D) before today, 2017-07-20, the back-dating BE (SMart Belgium) allows: 2017-07-04");
    assertThatThrownBy(() -> JULY_20.invoiceDate(LocalDate.of(2031, 1, 1))).hasMessageStartingWith("issueDate: must not be after today");
  }

  @Test
  void anEntityWithoutABackDatingPolicy_datesItsInvoicesTheDayTheyAreIssued() {
    NationalEntity nowhere = LayeredData.withRows("XX", LayeredData.NOWHERE).entity("XX");
    Today today = new Today(nowhere, LocalDate.of(2017, 7, 20));
    assertThat(nowhere.invoiceBackdating(today.date())).isEqualTo(Period.ZERO);
    assertThat(today.invoiceDate(today.date())).isEqualTo(today.date());
    assertThatThrownBy(() -> today.invoiceDate(LocalDate.of(2017, 7, 19))).hasMessageContaining("more than 0 days (P0D) before today");
  }

  @Test
  void aYearIsClosed_onceEnded_andWhenTheRulesAppliedInIt() {
    Today nextYear = new Today(BE, LocalDate.of(2018, 1, 2));
    assertThat(nextYear.endedYear(2017)).isEqualTo(2017);
    assertThatThrownBy(() -> nextYear.endedYear(2018)).isInstanceOf(ValidationException.class)
        .hasMessage("year: must be a year that has ended, before 2018: 2018");
    for (int year : new int[] {2016, 0, -5, Integer.MIN_VALUE}) {
      assertThatThrownBy(() -> nextYear.endedYear(year)).isInstanceOf(ValidationException.class)
          .hasMessage("year: must not be before 2017, when the rules of BE (SMart Belgium) start to apply: " + year);
    }
  }
}
