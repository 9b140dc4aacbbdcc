package coop.smart.core.leasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.entity.ExplainedFigure;
import coop.smart.core.entity.Trace;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.money.Rate;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.time.api.Dates;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** R7's invariants over principals of 0.01 to 1,000,000.00, rates of 0 to 30 % and terms of 1 to 120 months. */
class AmortisationScheduleProperties {

  private static final MathContext ORACLE = new MathContext(60);
  private static final BigDecimal HALF_A_CENT = new BigDecimal("0.005");
  private static final Pattern INSTALMENT = Pattern.compile(
      "half-up\\(([0-9.]+) × r ÷ \\(1 − \\(1 \\+ r\\)\\^−(\\d+)\\)\\), r = ([0-9.]+) ÷ 12 to 34 digits");
  private static final Pattern DIVIDED = Pattern.compile("half-up\\(([0-9.]+) ÷ (\\d+)\\)");
  private static final Pattern INTEREST = Pattern.compile("half-up\\(([0-9.]+) × ([0-9.]+) ÷ 12\\)");

  @Property(tries = 3000)
  void principalsSumToThePrincipal_andAmountsToPrincipalPlusInterest(@ForAll("schedules") AmortisationSchedule schedule) {
    assertThat(Money.total(schedule.rows().stream().map(Instalment::principal).toList())).isEqualTo(schedule.principal());
    assertThat(schedule.totalPaid()).isEqualTo(schedule.principal().plus(schedule.totalInterest()));
  }

  @Property(tries = 3000)
  void outstandingNeverNegativeNorIncreasing_andZeroAtTheEnd_withinNRows(@ForAll("schedules") AmortisationSchedule schedule) {
    assertThat(schedule.rows()).hasSizeLessThanOrEqualTo(schedule.months());
    Money before = schedule.principal();
    for (Instalment row : schedule.rows()) {
      assertThat(row.outstanding().isNegative()).isFalse();
      assertThat(row.outstanding()).isLessThanOrEqualTo(before);
      assertThat(row.dueDate()).isEqualTo(schedule.startDate().plusMonths(row.number()));
      before = row.outstanding();
    }
    assertThat(schedule.lastRow().outstanding().isZero()).isTrue();
  }

  @Property(tries = 3000)
  void everyAmountButTheLastIsTheInstalment_whichIsR7sFormulaRoundedHalfUp(@ForAll("schedules") AmortisationSchedule schedule) {
    List<Instalment> rows = schedule.rows();
    assertThat(rows.subList(0, rows.size() - 1)).allSatisfy(row -> assertThat(row.amount()).isEqualTo(schedule.instalment()));
    BigDecimal exact = exactInstalment(schedule.principal().getAmount(), schedule.annualRate().value(), schedule.months());
    assertThat(schedule.instalment().getAmount().subtract(exact).abs()).isLessThanOrEqualTo(HALF_A_CENT);
  }

  @Property(tries = 1000)
  void zeroRate_givesNoInterest(@ForAll("zeroRateSchedules") AmortisationSchedule schedule) {
    assertThat(schedule.rows()).extracting(Instalment::interest).allMatch(Money::isZero);
    assertThat(schedule.totalInterest().isZero()).isTrue();
  }

  /**
   * Tiny principals over long terms: refused exactly when the instalment rounds to zero or, over
   * more than a month, does not exceed the first month's interest; else the schedule ends at row n
   * or at the first row whose instalment less interest reaches the balance.
   */
  @Property(tries = 3000)
  void tinyPrincipals_endEarlyOrAreRefusedExactlyAsR7Says(
      @ForAll @LongRange(min = 1, max = 300) long cents, @ForAll @IntRange(min = 0, max = 300_000) int ratePpm,
      @ForAll @IntRange(min = 1, max = 120) int months) {
    Money principal = Money.ofMinor(CurrencyUnit.EUR, cents);
    Rate rate = rate(ratePpm);
    BigDecimal exact = exactInstalment(principal.getAmount(), rate.value(), months);
    Assume.that(exact.subtract(HALF_A_CENT).abs().compareTo(new BigDecimal("1E-25")) > 0); // a tie is decided by the 34th digit

    BigDecimal instalment = exact.setScale(2, RoundingMode.HALF_UP);
    BigDecimal firstInterest = principal.getAmount().multiply(rate.value()).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
    if (exact.compareTo(HALF_A_CENT) < 0 || months > 1 && instalment.compareTo(firstInterest) <= 0) {
      Statistics.label("outcome").collect("refused");
      assertThatThrownBy(() -> AmortisationSchedule.of(principal, rate, months, LocalDate.of(2018, 1, 15)))
          .isInstanceOf(BusinessRuleException.class)
          .hasMessageStartingWith("principal too small for " + months + " months");
      return;
    }
    AmortisationSchedule schedule = AmortisationSchedule.of(principal, rate, months, LocalDate.of(2018, 1, 15));
    Money before = principal;
    for (Instalment row : schedule.rows()) {
      boolean reaches = schedule.instalment().minus(row.interest()).compareTo(before) >= 0;
      boolean last = row.equals(schedule.lastRow());
      assertThat(last).as("row %s ends the schedule", row.number()).isEqualTo(reaches || row.number() == months);
      before = row.outstanding();
    }
    Statistics.label("outcome").collect(schedule.rows().size() < months ? "ends early" : "runs the full term");
    Statistics.label("outcome").coverage(coverage -> {
      coverage.check("refused").percentage(percent -> percent > 2);
      coverage.check("ends early").percentage(percent -> percent > 2);
      coverage.check("runs the full term").percentage(percent -> percent > 2);
    });
  }

  /**
   * The trace adds up to the schedule it explains: each line re-computed from its own text, each
   * row starting from the balance the previous one left, and its figures the schedule's.
   */
  @Property(tries = 1000)
  void explanation_recomputesEachLine_andItsFiguresAreTheSchedule(@ForAll("schedules") AmortisationSchedule schedule) {
    Trace.Recorded trace = Trace.recorded();
    assertThat(AmortisationSchedule.of(schedule.principal(), schedule.annualRate(), schedule.months(), schedule.startDate(), trace, List.of()))
        .isEqualTo(schedule);
    Map<String, BigDecimal> figures = new LinkedHashMap<>();
    Map<String, String> computations = new LinkedHashMap<>();
    for (ExplainedFigure line : trace.explanation()) {
      BigDecimal value = ((Money) line.value()).getAmount();
      assertThat(line.computation()).endsWith(" = " + value.toPlainString());
      String left = line.computation().substring(0, line.computation().lastIndexOf(" = "));
      assertThat(recompute(left, value)).as(line.computation()).isEqualByComparingTo(value);
      figures.put(line.figure(), value);
      computations.put(line.figure(), left);
    }
    assertThat(figures.get("instalment")).isEqualByComparingTo(schedule.instalment().getAmount());
    String before = schedule.principal().getAmount().toPlainString();
    for (Instalment row : schedule.rows()) {
      String name = "row " + row.number() + " ";
      assertThat(computations.get(name + "interest")).as("interest on the balance left").startsWith("half-up(" + before + " × ");
      assertThat(computations.get(name + "outstanding")).as("the balance left, less what the row repays").startsWith(before + " − ");
      before = figures.get(name + "outstanding").toPlainString();
      assertThat(figures.get(name + "interest")).isEqualByComparingTo(row.interest().getAmount());
      assertThat(figures.get(name + "principal")).isEqualByComparingTo(row.principal().getAmount());
      assertThat(figures.get(name + "instalment")).isEqualByComparingTo(row.amount().getAmount());
      assertThat(figures.get(name + "outstanding")).isEqualByComparingTo(row.outstanding().getAmount());
    }
    assertThat(figures.get("totalInterest")).isEqualByComparingTo(schedule.totalInterest().getAmount());
    assertThat(figures.get("totalPaid")).isEqualByComparingTo(schedule.totalPaid().getAmount());
    assertThat(figures).hasSize(3 + 4 * schedule.rows().size());
  }

  /** A line's arithmetic, computed: R7's instalment, an interest, the whole balance, or terms added and taken away. */
  private static BigDecimal recompute(String left, BigDecimal value) {
    Matcher instalment = INSTALMENT.matcher(left);
    if (instalment.matches()) {
      BigDecimal exact = exactInstalment(new BigDecimal(instalment.group(1)), new BigDecimal(instalment.group(3)),
          Integer.parseInt(instalment.group(2)));
      assertThat(value.subtract(exact).abs()).isLessThanOrEqualTo(HALF_A_CENT);
      return value;
    }
    Matcher divided = DIVIDED.matcher(left);
    if (divided.matches()) return new BigDecimal(divided.group(1)).divide(new BigDecimal(divided.group(2)), 2, RoundingMode.HALF_UP);
    Matcher interest = INTEREST.matcher(left);
    if (interest.matches()) {
      return new BigDecimal(interest.group(1)).multiply(new BigDecimal(interest.group(2))).divide(BigDecimal.valueOf(12), 2, RoundingMode.HALF_UP);
    }
    if (left.startsWith("the whole balance ")) return new BigDecimal(left.substring("the whole balance ".length()));
    String[] terms = left.split(" ");
    BigDecimal total = new BigDecimal(terms[0]);
    for (int i = 1; i < terms.length; i += 2) {
      total = terms[i].equals("+") ? total.add(new BigDecimal(terms[i + 1])) : total.subtract(new BigDecimal(terms[i + 1]));
    }
    return total;
  }

  @Provide
  Arbitrary<AmortisationSchedule> schedules() {
    return schedules(Arbitraries.integers().between(0, 300_000));
  }

  @Provide
  Arbitrary<AmortisationSchedule> zeroRateSchedules() {
    return schedules(Arbitraries.just(0));
  }

  /** Schedules of 0.01 to 1,000,000.00 over 1 to 120 months from 2017 to 2030, leaving out principals R7 refuses as too small. */
  private static Arbitrary<AmortisationSchedule> schedules(Arbitrary<Integer> ratesPpm) {
    return Combinators.combine(
            Arbitraries.longs().between(1, 100_000_000),
            ratesPpm,
            Arbitraries.integers().between(1, 120),
            Dates.dates().between(LocalDate.of(2017, 1, 1), LocalDate.of(2030, 12, 31)))
        .as((cents, ratePpm, months, start) -> scheduleUnlessTooSmall(Money.ofMinor(CurrencyUnit.EUR, cents), rate(ratePpm), months, start))
        .filter(Optional::isPresent)
        .map(Optional::get);
  }

  private static Optional<AmortisationSchedule> scheduleUnlessTooSmall(Money principal, Rate rate, int months, LocalDate start) {
    try {
      return Optional.of(AmortisationSchedule.of(principal, rate, months, start));
    } catch (BusinessRuleException e) {
      if (!e.rule().equals(AmortisationSchedule.PRINCIPAL_TOO_SMALL)) throw e;
      return Optional.empty();
    }
  }

  private static Rate rate(int partsPerMillion) {
    return new Rate(BigDecimal.valueOf(partsPerMillion, 6));
  }

  /** R7's instalment before rounding, at 60 digits. */
  private static BigDecimal exactInstalment(BigDecimal principal, BigDecimal annualRate, int months) {
    if (annualRate.signum() == 0) return principal.divide(BigDecimal.valueOf(months), ORACLE);
    BigDecimal r = annualRate.divide(BigDecimal.valueOf(12), ORACLE);
    BigDecimal growth = BigDecimal.ONE.add(r).pow(months, ORACLE);
    return principal.multiply(r).multiply(growth).divide(growth.subtract(BigDecimal.ONE), ORACLE);
  }
}
