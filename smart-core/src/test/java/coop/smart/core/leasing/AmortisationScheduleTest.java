package coop.smart.core.leasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import coop.smart.core.entity.ExplainedFigure;
import coop.smart.core.entity.Trace;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.error.ValidationException;
import coop.smart.core.money.Rate;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** R7 on cases computed by hand. */
class AmortisationScheduleTest {

  private static final LocalDate JANUARY_15_2018 = LocalDate.of(2018, 1, 15);

  private static AmortisationSchedule schedule(String principal, String annualRate, int months, LocalDate start) {
    return AmortisationSchedule.of(Money.parse("EUR " + principal), Rate.parse(annualRate), months, start);
  }

  private static Money eur(String amount) {
    return Money.parse("EUR " + amount);
  }

  @Test
  void twelvePercentOverThreeMonths_matchesTheHandComputation() {
    // r = 0.12 / 12 = 0.01; (1.01)^-3 = 1 / 1.030301 = 0.97059015; 1 - 0.97059015 = 0.02940985
    // instalment = half-up(1200.00 × 0.01 / 0.02940985) = half-up(408.02653) = 408.03
    // row 1: interest 1200.00 × 0.12 / 12 = 12.00;              principal 408.03 - 12.00 = 396.03; left 803.97
    // row 2: interest 803.97 × 0.12 / 12 = 8.0397 → 8.04;        principal 399.99;                  left 403.98
    // row 3 (last): interest 403.98 × 0.01 = 4.0398 → 4.04;       principal 403.98, amount 408.02;   left 0.00
    AmortisationSchedule schedule = schedule("1200.00", "0.12", 3, JANUARY_15_2018);

    assertThat(schedule.instalment()).isEqualTo(eur("408.03"));
    assertThat(schedule.rows()).containsExactly(
        new Instalment(1, LocalDate.of(2018, 2, 15), eur("408.03"), eur("12.00"), eur("396.03"), eur("803.97")),
        new Instalment(2, LocalDate.of(2018, 3, 15), eur("408.03"), eur("8.04"), eur("399.99"), eur("403.98")),
        new Instalment(3, LocalDate.of(2018, 4, 15), eur("408.02"), eur("4.04"), eur("403.98"), eur("0.00")));
    assertThat(schedule.totalInterest()).isEqualTo(eur("24.08"));
    assertThat(schedule.totalPaid()).isEqualTo(eur("1224.08"));
  }

  @Test
  void explanation_writesTheInstalmentEachRowsRoundingAndTheTotals() {
    Trace.Recorded trace = Trace.recorded();
    AmortisationSchedule.of(eur("1200.00"), Rate.parse("0.12"), 3, JANUARY_15_2018, trace, List.of());
    assertThat(trace.explanation()).extracting(ExplainedFigure::figure, ExplainedFigure::computation).containsExactly(
        tuple("instalment", "half-up(1200.00 × r ÷ (1 − (1 + r)^−3)), r = 0.12 ÷ 12 to 34 digits = 408.03"),
        tuple("row 1 interest", "half-up(1200.00 × 0.12 ÷ 12) = 12.00"),
        tuple("row 1 principal", "408.03 − 12.00 = 396.03"),
        tuple("row 1 instalment", "12.00 + 396.03 = 408.03"),
        tuple("row 1 outstanding", "1200.00 − 396.03 = 803.97"),
        tuple("row 2 interest", "half-up(803.97 × 0.12 ÷ 12) = 8.04"),
        tuple("row 2 principal", "408.03 − 8.04 = 399.99"),
        tuple("row 2 instalment", "8.04 + 399.99 = 408.03"),
        tuple("row 2 outstanding", "803.97 − 399.99 = 403.98"),
        tuple("row 3 interest", "half-up(403.98 × 0.12 ÷ 12) = 4.04"),
        tuple("row 3 principal", "the whole balance 403.98 = 403.98"),
        tuple("row 3 instalment", "4.04 + 403.98 = 408.02"),
        tuple("row 3 outstanding", "403.98 − 403.98 = 0.00"),
        tuple("totalInterest", "12.00 + 8.04 + 4.04 = 24.08"),
        tuple("totalPaid", "1200.00 + 24.08 = 1224.08"));
  }

  @Test
  void explanationAtZeroRate_dividesThePrincipal() {
    Trace.Recorded trace = Trace.recorded();
    AmortisationSchedule.of(eur("100.00"), Rate.parse("0"), 3, JANUARY_15_2018, trace, List.of());
    assertThat(trace.explanation().get(0).computation()).isEqualTo("half-up(100.00 ÷ 3) = 33.33");
    assertThat(trace.explanation()).extracting(ExplainedFigure::computation).contains("the whole balance 33.34 = 33.34");
  }

  @Test
  void aSchedulesRowsAreExplainedOnlyWhenAsked() {
    AmortisationSchedule quiet = AmortisationSchedule.of(eur("1200.00"), Rate.parse("0.12"), 3, JANUARY_15_2018, Trace.NONE, List.of());
    assertThat(quiet).isEqualTo(schedule("1200.00", "0.12", 3, JANUARY_15_2018));
  }

  @Test
  void reportsAverageLease_at8PercentOver14Months() {
    // The report's average contract value and duration (2017). r = 0.08 / 12 = 0.0066667;
    // (1 + r)^-14 = 0.91117200; instalment = half-up(3596.65 × 0.0066667 / 0.08882800)
    // = half-up(269.93365) = 269.93. Row 1: interest 3596.65 × 0.08 / 12 = 23.977667 → 23.98,
    // principal 245.95, left 3350.70. Row 14 repays the 268.20 left with 1.79 interest: 269.99.
    AmortisationSchedule schedule = schedule("3596.65", "0.08", 14, JANUARY_15_2018);

    assertThat(schedule.instalment()).isEqualTo(eur("269.93"));
    assertThat(schedule.rows()).hasSize(14);
    assertThat(schedule.rows().get(0))
        .isEqualTo(new Instalment(1, LocalDate.of(2018, 2, 15), eur("269.93"), eur("23.98"), eur("245.95"), eur("3350.70")));
    assertThat(schedule.lastRow())
        .isEqualTo(new Instalment(14, LocalDate.of(2019, 3, 15), eur("269.99"), eur("1.79"), eur("268.20"), eur("0.00")));
    assertThat(schedule.totalInterest()).isEqualTo(eur("182.43"));
    assertThat(schedule.totalPaid()).isEqualTo(eur("3779.08"));
  }

  @Test
  void zeroRate_splitsThePrincipalAndTheLastRowTakesTheCent() {
    // half-up(100.00 / 3) = 33.33; 33.33 + 33.33 leaves 33.34 for the last row.
    AmortisationSchedule schedule = schedule("100.00", "0", 3, JANUARY_15_2018);

    assertThat(schedule.instalment()).isEqualTo(eur("33.33"));
    assertThat(schedule.rows()).extracting(Instalment::amount).containsExactly(eur("33.33"), eur("33.33"), eur("33.34"));
    assertThat(schedule.totalInterest()).isEqualTo(eur("0.00"));
  }

  @Test
  void instalmentRoundedUp_finishesATinyLeaseEarly() {
    // half-up(0.10 / 6) = half-up(0.0167) = 0.02: after four rows 0.02 is left, which the fifth
    // instalment reaches, so row 5 is the last and month 6 owes nothing.
    AmortisationSchedule schedule = schedule("0.10", "0", 6, JANUARY_15_2018);

    assertThat(schedule.rows()).hasSize(5).extracting(Instalment::amount).containsOnly(eur("0.02"));
    assertThat(schedule.lastRow().outstanding()).isEqualTo(eur("0.00"));
  }

  @Test
  void interest_isTheExactProductDividedBy12_roundedOnce() {
    // 3.00 × 0.10 / 12 = 0.025 exactly → 0.03; rounding the monthly rate first (0.0083333) would give 0.02.
    AmortisationSchedule schedule = schedule("3.00", "0.10", 2, JANUARY_15_2018);

    assertThat(schedule.rows().get(0).interest()).isEqualTo(eur("0.03"));
  }

  @Test
  void startOn31January_isDueOnTheLastDayOfShorterMonths() {
    AmortisationSchedule leapYear = schedule("400.00", "0.08", 4, LocalDate.of(2020, 1, 31));
    assertThat(leapYear.rows()).extracting(Instalment::dueDate).containsExactly(
        LocalDate.of(2020, 2, 29), LocalDate.of(2020, 3, 31), LocalDate.of(2020, 4, 30), LocalDate.of(2020, 5, 31));

    AmortisationSchedule commonYear = schedule("400.00", "0.08", 2, LocalDate.of(2019, 1, 31));
    assertThat(commonYear.rows()).extracting(Instalment::dueDate).containsExactly(LocalDate.of(2019, 2, 28), LocalDate.of(2019, 3, 31));
  }

  @Test
  void principalWhoseInstalmentRoundsToZero_isRefused() {
    // 0.01 × 0.025 / (1 - 1.025^-120) = 0.000264 → 0.00 a month.
    assertThatThrownBy(() -> schedule("0.01", "0.30", 120, JANUARY_15_2018))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageStartingWith("principal too small for 120 months: EUR 0.01")
        .satisfies(e -> assertThat(((BusinessRuleException) e).rule()).isEqualTo(AmortisationSchedule.PRINCIPAL_TOO_SMALL));
  }

  @Test
  void interestIsTheExactProductOverTwelve_roundedOnce() {
    // 1,001.19 × 0.08 = 80.0952, / 12 = 6.6746 → 6.67 (rounding 80.0952 to 80.10 first would give 6.675 → 6.68).
    // instalment = half-up(1,001.19 × r / (1 − (1 + r)^−3)) = half-up(338.1866) = 338.19
    AmortisationSchedule schedule = schedule("1001.19", "0.08", 3, JANUARY_15_2018);
    assertThat(schedule.rows()).containsExactly(
        new Instalment(1, LocalDate.of(2018, 2, 15), eur("338.19"), eur("6.67"), eur("331.52"), eur("669.67")),
        new Instalment(2, LocalDate.of(2018, 3, 15), eur("338.19"), eur("4.46"), eur("333.73"), eur("335.94")),
        new Instalment(3, LocalDate.of(2018, 4, 15), eur("338.18"), eur("2.24"), eur("335.94"), eur("0.00")));
  }

  @Test
  void instalmentThatRepaysNoPrincipalInTheFirstRow_isRefused() {
    // 1.00 at 8 % over 120 months: instalment half-up(0.01213) = 0.01, first interest half-up(0.00667) = 0.01,
    // so 119 rows would pay interest only and the last all the principal.
    assertThatThrownBy(() -> schedule("1.00", "0.08", 120, JANUARY_15_2018))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessage("principal too small for 120 months: EUR 1.00 at an annual rate of 0.08 gives a monthly instalment of EUR 0.01,"
            + " which does not repay principal after the first month's interest of EUR 0.01")
        .satisfies(e -> assertThat(((BusinessRuleException) e).rule()).isEqualTo(AmortisationSchedule.PRINCIPAL_TOO_SMALL));
    assertThat(schedule("1.00", "0.08", 1, JANUARY_15_2018).rows()).hasSize(1); // one month repays it at once
  }

  @Test
  void nonPositivePrincipal_isRefusedNamingTheValue() {
    for (String principal : List.of("0.00", "-10.00")) {
      assertThatThrownBy(() -> schedule(principal, "0.08", 12, JANUARY_15_2018))
          .isInstanceOf(ValidationException.class)
          .hasMessage("principal: must be positive: EUR " + principal)
          .satisfies(e -> assertThat(((ValidationException) e).errors()).containsOnlyKeys("principal"));
    }
  }

  @Test
  void termOutsideOneTo120Months_isRefusedNamingTheValue() {
    for (int months : new int[] {0, 121, -1}) {
      assertThatThrownBy(() -> schedule("1000.00", "0.08", months, JANUARY_15_2018))
          .isInstanceOf(ValidationException.class)
          .hasMessage("months: must be between 1 and 120 months: " + months);
    }
  }
}
