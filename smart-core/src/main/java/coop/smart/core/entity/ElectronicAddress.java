package coop.smart.core.entity;

import coop.smart.core.error.ValidationException;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a party receives e-invoices over Peppol: an identifier in a scheme of the EAS code list,
 * written {@code scheme:identifier}, e.g. {@code 0208:0123456789} for a Belgian enterprise number.
 */
public record ElectronicAddress(String scheme, String identifier) {

  private static final Pattern FORM = Pattern.compile("(\\d{4}):([A-Za-z0-9.\\-_]{1,50})");
  /** The EAS scheme of a Belgian enterprise number, the Belgian Peppol address. */
  private static final String BELGIAN_ENTERPRISE_NUMBER = "0208";

  public ElectronicAddress {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(identifier, "identifier");
  }

  /** Reads {@code scheme:identifier}; {@code field} names it in the refusal. */
  public static ElectronicAddress parse(String text, String field) {
    Matcher parts = FORM.matcher(Objects.requireNonNull(text, "text").strip());
    if (!parts.matches()) {
      throw ValidationException.of(field, "must read SCHEME:IDENTIFIER with a four-digit EAS scheme, e.g. 0208:0123456789: '" + text + "'");
    }
    return new ElectronicAddress(parts.group(1), parts.group(2));
  }

  /**
   * The Peppol address a Belgian VAT number gives (its enterprise number), or null for another
   * country's, or one whose check digits (97 less the first eight digits modulo 97) do not hold.
   */
  public static ElectronicAddress ofBelgianVatNumber(String vatNumber) {
    if (vatNumber == null || !vatNumber.toUpperCase(Locale.ROOT).matches("BE[01]\\d{9}")) return null;
    String number = vatNumber.substring(2);
    if (97 - Long.parseLong(number.substring(0, 8)) % 97 != Long.parseLong(number.substring(8))) return null;
    return new ElectronicAddress(BELGIAN_ENTERPRISE_NUMBER, number);
  }

  @Override
  public String toString() {
    return scheme + ":" + identifier;
  }
}
