package coop.smart.core.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * When a guaranteed salary is paid: a {@link PaymentTiming} gives the latest allowed date,
 * and the money leaves on that date if it is a bank business day, else on the business day
 * before. Rolling back is the only convention offered because the guarantee is a latest
 * date: rolling forward would pay late.
 */
public record PaymentRule(PaymentTiming timing) {

  private static final String ADJUSTMENT = ", preceding bank business day";

  public PaymentRule {
    Objects.requireNonNull(timing, "timing");
  }

  /** Reads what {@link #toString()} prints. */
  public static PaymentRule parse(String text) {
    String trimmed = text.trim();
    if (!trimmed.endsWith(ADJUSTMENT)) {
      throw new IllegalArgumentException("a payment rule must end with '" + ADJUSTMENT.substring(2)
          + "' (the guaranteed date is a latest date, so a holiday moves the payment earlier): '" + text + "'");
    }
    return new PaymentRule(PaymentTiming.parse(trimmed.substring(0, trimmed.length() - ADJUSTMENT.length())));
  }

  /**
   * The guaranteed and payment dates for a clock starting on {@code start}.
   *
   * @throws IllegalStateException when the calendar leaves no business day after the start
   *     and on or before the guaranteed date (no shipped rule and calendar can do this)
   */
  public PaymentDates datesFrom(LocalDate start, BusinessCalendar calendar) {
    LocalDate guaranteed = timing.guaranteedDate(start, calendar);
    LocalDate payment = calendar.precedingOrSameBusinessDay(guaranteed);
    if (!payment.isAfter(start)) {
      throw new IllegalStateException("no business day of " + calendar.country() + " after " + start
          + " and on or before " + guaranteed + " under '" + this + "'");
    }
    return new PaymentDates(guaranteed, payment);
  }

  /** The latest date the rule allows and the business day the money actually leaves. */
  public record PaymentDates(LocalDate guaranteedDate, LocalDate paymentDate) {
  }

  @Override
  public String toString() {
    return timing + ADJUSTMENT;
  }
}
