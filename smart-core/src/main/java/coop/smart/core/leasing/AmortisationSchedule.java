package coop.smart.core.leasing;

import coop.smart.core.entity.RuleRow;
import coop.smart.core.entity.Trace;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.error.ValidationException;
import coop.smart.core.money.Rate;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * R7: a principal repaid in equal monthly instalments at a nominal annual rate.
 *
 * <ul>
 *   <li>{@code instalment = half-up(P × r ÷ (1 − (1 + r)^−n))} with {@code r = annualRate ÷ 12},
 *       every step at 34 significant digits ({@link MathContext#DECIMAL128}) and one rounding
 *       to the currency's minor unit at the end; {@code half-up(P ÷ n)} when the rate is zero.
 *       A term longer than a month whose instalment does not exceed the first month's interest
 *       would repay nothing until its last row: it is refused as too small, as is an instalment
 *       that rounds to zero.
 *   <li>Row k, due {@code startDate.plusMonths(k)}: {@code interest = half-up(outstanding × annualRate ÷ 12)},
 *       the exact product divided by 12 and rounded once; the rest of the instalment repays principal.
 *   <li>The last row repays exactly what is left: row n, or the first row whose
 *       {@code instalment − interest} would reach or pass the balance (the rounded instalment can
 *       exceed the exact one, so tiny principals finish early).
 * </ul>
 * So there are at most n rows, the principals sum to the principal, and every row but the last
 * has the same amount.
 *
 * @param startDate the date the schedule counts its months from; row k of a schedule made by
 *     {@link #of} is due {@code startDate.plusMonths(k)}
 * @param instalment the equal monthly amount of every row but the last
 */
public record AmortisationSchedule(Money principal, Rate annualRate, int months, LocalDate startDate, Money instalment,
                                   List<Instalment> rows) {

  /** The longest term a schedule may have, in months. */
  public static final int MAX_MONTHS = 120;
  /** Rule code of the {@link BusinessRuleException} refusing a principal whose instalment rounds to zero. */
  public static final String PRINCIPAL_TOO_SMALL = "PRINCIPAL_TOO_SMALL";

  private static final MathContext DIGITS_34 = MathContext.DECIMAL128;
  private static final BigDecimal MONTHS_A_YEAR = BigDecimal.valueOf(12);

  public AmortisationSchedule {
    Objects.requireNonNull(principal, "principal");
    Objects.requireNonNull(annualRate, "annualRate");
    Objects.requireNonNull(startDate, "startDate");
    Objects.requireNonNull(instalment, "instalment");
    rows = List.copyOf(rows);
    if (rows.isEmpty()) throw new IllegalArgumentException("a schedule has at least one instalment");
  }

  /**
   * The schedule of {@code principal} over {@code months} months from {@code startDate}.
   *
   * @throws ValidationException when the principal is not positive or the term not 1 to {@value #MAX_MONTHS} months
   * @throws BusinessRuleException ({@value #PRINCIPAL_TOO_SMALL}) when the instalment rounds to zero or,
   *     over more than a month, does not repay principal from the first row
   */
  public static AmortisationSchedule of(Money principal, Rate annualRate, int months, LocalDate startDate) {
    return of(principal, annualRate, months, startDate, Trace.NONE, List.of());
  }

  /**
   * The schedule as {@link #of(Money, Rate, int, LocalDate)}, writing down in {@code trace} the
   * instalment, each row's interest, principal, amount and balance, and the totals.
   *
   * @param rateRows the data rows the annual rate comes from, for the trace to cite; none for a rate the lease sets
   */
  public static AmortisationSchedule of(Money principal, Rate annualRate, int months, LocalDate startDate, Trace trace,
                                        List<RuleRow> rateRows) {
    AmortisationSchedule schedule = resumed(principal, annualRate, months, startDate, 0, trace, rateRows);
    List<Money> interests = schedule.rows.stream().map(Instalment::interest).toList();
    trace.figure("totalInterest", schedule.totalInterest(), () -> interests.stream().map(AmortisationSchedule::plain)
        .collect(Collectors.joining(" + ")), List.of());
    trace.figure("totalPaid", schedule.totalPaid(), () -> plain(principal) + " + " + plain(schedule.totalInterest()), List.of());
    return schedule;
  }

  /**
   * The schedule that takes over a lease started on {@code leaseStart} once {@code monthsElapsed}
   * of its months are behind it: it starts from {@code leaseStart.plusMonths(monthsElapsed)} and
   * its rows keep the lease's numbering and due dates ({@code leaseStart.plusMonths(number)}),
   * so a lease started on 31 January is still due on the 31st where the month has one.
   */
  static AmortisationSchedule resumed(Money principal, Rate annualRate, int months, LocalDate leaseStart, int monthsElapsed) {
    return resumed(principal, annualRate, months, leaseStart, monthsElapsed, Trace.NONE, List.of());
  }

  private static AmortisationSchedule resumed(Money principal, Rate annualRate, int months, LocalDate leaseStart, int monthsElapsed,
                                              Trace trace, List<RuleRow> rateRows) {
    Objects.requireNonNull(annualRate, "annualRate");
    Objects.requireNonNull(leaseStart, "startDate");
    if (principal == null) throw ValidationException.of("principal", "is required");
    if (!principal.isPositive()) throw ValidationException.of("principal", "must be positive: " + principal);
    requireTerm(months, "months");
    Money instalment = instalment(principal, annualRate, months);
    Money firstInterest = interest(principal, annualRate);
    if (instalment.isZero() || months > 1 && !instalment.isGreaterThan(firstInterest)) {
      throw new BusinessRuleException(PRINCIPAL_TOO_SMALL, "principal too small for " + months + " months: " + principal
          + " at an annual rate of " + annualRate + " gives a monthly instalment of " + instalment
          + ", which does not repay principal after the first month's interest of " + firstInterest);
    }
    trace.figure("instalment", instalment, () -> annualRate.value().signum() == 0 ? "half-up(" + plain(principal) + " ÷ " + months + ")"
        : "half-up(" + plain(principal) + " × r ÷ (1 − (1 + r)^−" + months + ")), r = " + annualRate + " ÷ 12 to 34 digits", rateRows);
    List<Instalment> rows = new ArrayList<>();
    Money outstanding = principal;
    for (int k = 1; outstanding.isPositive(); k++) {
      Money balance = outstanding;
      Money interest = interest(balance, annualRate);
      int number = monthsElapsed + k;
      trace.figure("row " + number + " interest", interest, () -> "half-up(" + plain(balance) + " × " + annualRate + " ÷ 12)", rateRows);
      Money rest = instalment.minus(interest);
      boolean last = k == months || rest.compareTo(balance) >= 0;
      Money repaid = last ? balance : rest;
      trace.figure("row " + number + " principal", repaid, () -> last ? "the whole balance " + plain(balance)
          : plain(instalment) + " − " + plain(interest), List.of());
      Money amount = interest.plus(repaid);
      trace.figure("row " + number + " instalment", amount, () -> plain(interest) + " + " + plain(repaid), List.of());
      outstanding = balance.minus(repaid);
      trace.figure("row " + number + " outstanding", outstanding, () -> plain(balance) + " − " + plain(repaid), List.of());
      rows.add(new Instalment(number, leaseStart.plusMonths(number), amount, interest, repaid, outstanding));
    }
    return new AmortisationSchedule(principal, annualRate, months, leaseStart.plusMonths(monthsElapsed), instalment, rows);
  }

  /** Refuses a term outside 1 to {@value #MAX_MONTHS} months, naming {@code field}. */
  static int requireTerm(int months, String field) {
    if (months < 1 || months > MAX_MONTHS) {
      throw ValidationException.of(field, "must be between 1 and " + MAX_MONTHS + " months: " + months);
    }
    return months;
  }

  private static Money instalment(Money principal, Rate annualRate, int months) {
    if (annualRate.value().signum() == 0) return principal.dividedBy(months, RoundingMode.HALF_UP);
    BigDecimal r = annualRate.value().divide(MONTHS_A_YEAR, DIGITS_34);
    BigDecimal discount = BigDecimal.ONE.add(r, DIGITS_34).pow(-months, DIGITS_34);
    BigDecimal exact = principal.getAmount().multiply(r, DIGITS_34).divide(BigDecimal.ONE.subtract(discount, DIGITS_34), DIGITS_34);
    return Money.of(principal.getCurrencyUnit(), exact, RoundingMode.HALF_UP);
  }

  private static Money interest(Money outstanding, Rate annualRate) {
    CurrencyUnit currency = outstanding.getCurrencyUnit();
    BigDecimal yearly = outstanding.getAmount().multiply(annualRate.value());
    return Money.of(currency, yearly.divide(MONTHS_A_YEAR, currency.getDecimalPlaces(), RoundingMode.HALF_UP));
  }

  /** An amount as an explanation writes it: {@code 1000.00}. */
  private static String plain(Money amount) {
    return amount.getAmount().toPlainString();
  }

  /** The month of the lease this schedule starts after: 0 for a lease's first schedule. */
  public int monthsElapsed() {
    return rows.get(0).number() - 1;
  }

  /** The last row: the one that brings the balance to zero. */
  public Instalment lastRow() {
    return rows.get(rows.size() - 1);
  }

  /** The interest of every row. */
  public Money totalInterest() {
    return Money.total(rows.stream().map(Instalment::interest).toList());
  }

  /** Every row's amount: the principal plus the total interest. */
  public Money totalPaid() {
    return Money.total(rows.stream().map(Instalment::amount).toList());
  }
}
