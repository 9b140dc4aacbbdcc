package coop.smart.core.invoice;

import coop.smart.core.entity.EntityCode;
import coop.smart.core.error.ValidationException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An invoice's number, in a series per entity and year with no gap: {@code BE-2017-000042} is
 * the 42nd invoice Belgium issued in 2017.
 */
public record InvoiceNumber(EntityCode entity, int year, long sequence) {

  private static final Pattern FORM = Pattern.compile("([A-Z]{2})-(\\d{4})-(\\d{6,18})");

  public InvoiceNumber {
    Objects.requireNonNull(entity, "entity");
    if (year < 1000 || year > 9999) throw new IllegalArgumentException("an invoice year has four digits: " + year);
    if (sequence < 1) throw new IllegalArgumentException("invoice sequences start at 1: " + sequence);
  }

  /** Reads what {@link #toString()} prints. */
  public static InvoiceNumber parse(String text) {
    Matcher parts = FORM.matcher(Objects.requireNonNull(text, "text").trim());
    if (!parts.matches()) throw ValidationException.of("invoiceNumber", "must read ENTITY-YEAR-SEQUENCE, e.g. BE-2017-000042: '" + text + "'");
    return new InvoiceNumber(EntityCode.of(parts.group(1)), Integer.parseInt(parts.group(2)), Long.parseLong(parts.group(3)));
  }

  @Override
  public String toString() {
    // As "%s-%d-%06d" would print it, without parsing a format on every call: numbers are printed in every entry's reference.
    String digits = Long.toString(sequence);
    return entity + "-" + year + "-" + "000000".substring(Math.min(6, digits.length())) + digits;
  }
}
