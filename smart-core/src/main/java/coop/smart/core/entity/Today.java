package coop.smart.core.entity;

import coop.smart.core.error.ValidationException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * An entity's today, and the dates it lets a request give: what happened (a payment, an
 * expense, a contribution…) is dated on a day that has come and that the entity's rules apply
 * to; an invoice is dated today or, within the back-dating the entity allows, a little earlier;
 * a year is closed once it has ended. Each refusal names the field the date was given in.
 */
public record Today(NationalEntity entity, LocalDate date) {

  public Today {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(date, "date");
  }

  /** Today by {@code clock}, which is in the entity's zone. */
  public static Today of(NationalEntity entity, Clock clock) {
    return new Today(entity, LocalDate.now(clock));
  }

  /**
   * The day something happened: {@code on}, or today when not given.
   *
   * @throws ValidationException naming {@code field} when the day has not come yet, or the
   *     entity's rules do not apply to it
   */
  public LocalDate past(String field, LocalDate on) {
    if (on == null) return entity.requireRulesApply(field, date);
    if (on.isAfter(date)) throw ValidationException.of(field, "must not be after today, " + date + ": " + on);
    return entity.requireRulesApply(field, on);
  }

  /**
   * The date of an invoice issued today: {@code on}, or today when not given. The invoice may
   * be dated earlier within the back-dating the entity allows; that it is not dated before the
   * last invoice of its series is the numbering's to ensure, as it takes the number.
   *
   * @throws ValidationException naming {@code issueDate} when the day is to come, beyond the
   *     back-dating allowed, or one the entity's rules do not apply to
   */
  public LocalDate invoiceDate(LocalDate on) {
    LocalDate issueDate = past("issueDate", on);
    Period backdating = entity.invoiceBackdating(date);
    if (issueDate.isBefore(date.minus(backdating))) {
      throw ValidationException.of("issueDate", "must not be more than " + describe(backdating) + " before today, " + date
          + ", the back-dating " + entity + " allows: " + issueDate);
    }
    return issueDate;
  }

  /**
   * A year to close: one that has ended, and in which the entity's rules applied.
   *
   * @throws ValidationException naming {@code year} otherwise
   */
  public int endedYear(int year) {
    int first = entity.rulesFrom().getYear();
    if (year >= date.getYear()) throw ValidationException.of("year", "must be a year that has ended, before " + date.getYear() + ": " + year);
    if (year < first) {
      throw ValidationException.of("year", "must not be before " + first + ", when the rules of " + entity + " start to apply: " + year);
    }
    return year;
  }

  private static String describe(Period period) {
    return period.toTotalMonths() == 0 ? period.getDays() + " days (" + period + ")" : period.toString();
  }
}
