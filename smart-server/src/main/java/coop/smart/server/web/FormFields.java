package coop.smart.server.web;

import coop.smart.core.error.ValidationException;
import coop.smart.core.money.Rate;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Reads a form's fields, sent by a GET's query or a POST's body, as the values the operations
 * take, collecting every field that does not read: the form is shown again with all of them.
 * Amounts and hours come as the browser sends a number field's value ({@code 1234.5}),
 * whatever the page's language; percentages as {@code 11} for 11 %.
 */
final class FormFields {

  private final Function<String, String> source;
  private final Map<String, List<String>> errors = new LinkedHashMap<>();

  private FormFields(Function<String, String> source) {
    this.source = source;
  }

  /** The fields of a GET's query. */
  static FormFields query(Context ctx) {
    return new FormFields(ctx::queryParam);
  }

  /** The fields of a POST's form body. */
  static FormFields body(Context ctx) {
    return new FormFields(ctx::formParam);
  }

  /** Fields filled in already, as a page's example. */
  static FormFields of(Map<String, String> values) {
    return new FormFields(values::get);
  }

  /** The field's text as sent, stripped, or null when empty or missing. */
  String text(String name) {
    String value = source.apply(name);
    if (value == null || value.isBlank()) return null;
    return value.strip();
  }

  String required(String name) {
    String value = text(name);
    if (value == null) refuse(name, "error.required");
    return value;
  }

  /** An amount in {@code currency}, refused with more decimals than the currency has. */
  Money money(String name, CurrencyUnit currency) {
    BigDecimal number = number(name);
    if (number == null) return null;
    try {
      return Money.of(currency, number, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      refuse(name, "error.tooManyDecimals");
      return null;
    }
  }

  /** A percentage typed as {@code 11} or {@code 6.5}, as the rate {@code 0.11} or {@code 0.065}. */
  Rate percent(String name) {
    BigDecimal number = number(name);
    if (number == null) return null;
    if (number.signum() < 0 || number.compareTo(BigDecimal.valueOf(100)) > 0) {
      refuse(name, "error.notAPercentage");
      return null;
    }
    return new Rate(number.movePointLeft(2));
  }

  BigDecimal number(String name) {
    return read(name, BigDecimal::new, "error.notANumber");
  }

  Integer integer(String name) {
    return read(name, Integer::valueOf, "error.notAWholeNumber");
  }

  LocalDate date(String name) {
    return read(name, LocalDate::parse, "error.notADate");
  }

  UUID id(String name) {
    return read(name, UUID::fromString, "error.notChosen");
  }

  <E extends Enum<E>> E choice(String name, Class<E> type) {
    return read(name, text -> Enum.valueOf(type, text), "error.notChosen");
  }

  void refuse(String name, String message) {
    errors.putIfAbsent(name, List.of(message));
  }

  /** Throws the fields that did not read, all at once. */
  void check() {
    if (!errors.isEmpty()) throw new ValidationException(errors);
  }

  private <T> T read(String name, Function<String, T> parse, String message) {
    String value = text(name);
    if (value == null) return null;
    try {
      return parse.apply(value);
    } catch (IllegalArgumentException | DateTimeParseException e) {
      refuse(name, message);
      return null;
    }
  }
}
