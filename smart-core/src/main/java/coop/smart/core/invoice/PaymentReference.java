package coop.smart.core.invoice;

import coop.smart.core.entity.Issuer.PaymentReferenceScheme;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.entity.Mod97;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a client writes on its transfer so the bank statement names the invoice it pays, derived
 * from the invoice number so it is unique and can be read back to it:
 * <ul>
 *   <li>in Belgium the structured communication {@code +++170/0000/04261+++} of BE-2017-000042: the invoice's year
 *       (two digits) and sequence (eight), then the remainder of those ten digits divided by 97
 *       (97 when it is 0);</li>
 *   <li>elsewhere the ISO 11649 creditor reference {@code RF62 FR20 1700 0042} of FR-2017-000042: the
 *       invoice number's letters and digits after {@code RF} and two ISO 7064 MOD 97-10 check digits.</li>
 * </ul>
 * {@link #invoiceOf} reads either back to the invoice number, as a bank statement quotes it.
 *
 * @param scheme which of the two it is
 * @param text the reference as it is printed and sent (the creditor reference without spaces)
 */
public record PaymentReference(PaymentReferenceScheme scheme, String text) {

  private static final Pattern BELGIAN = Pattern.compile("\\+\\+\\+(\\d{3})/(\\d{4})/(\\d{5})\\+\\+\\+");
  private static final Pattern CREDITOR = Pattern.compile("RF(\\d{2})([0-9A-Z]{1,21})");
  /** The Belgian communication as banks also quote it: its twelve digits, bare or between {@code ***}. */
  private static final Pattern BELGIAN_QUOTED = Pattern.compile("(?:\\+\\+\\+|\\*\\*\\*)?(\\d{3})/?(\\d{4})/?(\\d{5})(?:\\+\\+\\+|\\*\\*\\*)?");
  /** What {@link #creditor} puts after the check digits: entity, year, sequence. */
  private static final Pattern CREDITOR_NUMBER = Pattern.compile("([A-Z]{2})(\\d{4})(\\d{6,15})");
  /** The sequences a Belgian structured communication holds: eight digits a year. */
  private static final long BELGIAN_SEQUENCES = 100_000_000L;

  public PaymentReference {
    Objects.requireNonNull(scheme, "scheme");
    if (!isValid(scheme, text)) throw new IllegalArgumentException("not a valid " + scheme + " reference: '" + text + "'");
  }

  /** The reference of {@code number} under {@code scheme}. */
  public static PaymentReference of(PaymentReferenceScheme scheme, InvoiceNumber number) {
    return switch (scheme) {
      case BELGIAN_STRUCTURED -> belgian(number);
      case ISO_11649 -> creditor(number);
    };
  }

  /**
   * The Belgian structured communication of {@code number}.
   *
   * @throws IllegalArgumentException for a sequence past 99,999,999, which ten digits cannot hold with the year
   */
  public static PaymentReference belgian(InvoiceNumber number) {
    if (number.sequence() >= BELGIAN_SEQUENCES) {
      throw new IllegalArgumentException("invoice " + number + ": a structured communication holds sequences up to " + (BELGIAN_SEQUENCES - 1));
    }
    String digits = String.format("%02d%08d", number.year() % 100, number.sequence());
    String all = digits + String.format("%02d", belgianCheck(digits));
    return new PaymentReference(PaymentReferenceScheme.BELGIAN_STRUCTURED,
        "+++" + all.substring(0, 3) + "/" + all.substring(3, 7) + "/" + all.substring(7) + "+++");
  }

  /** The ISO 11649 creditor reference of {@code number}: its entity, year and sequence. */
  public static PaymentReference creditor(InvoiceNumber number) {
    String reference = String.format("%s%d%06d", number.entity().value(), number.year(), number.sequence());
    int check = 98 - Mod97.remainder(reference + "RF00");
    return new PaymentReference(PaymentReferenceScheme.ISO_11649, String.format("RF%02d%s", check, reference));
  }

  /** True when {@code text} is a well-formed reference of {@code scheme} whose check digits hold. */
  public static boolean isValid(PaymentReferenceScheme scheme, String text) {
    if (text == null) return false;
    return switch (scheme) {
      case BELGIAN_STRUCTURED -> {
        Matcher parts = BELGIAN.matcher(text);
        if (!parts.matches()) yield false;
        String all = parts.group(1) + parts.group(2) + parts.group(3);
        yield Integer.parseInt(all.substring(10)) == belgianCheck(all.substring(0, 10));
      }
      case ISO_11649 -> {
        Matcher parts = CREDITOR.matcher(text);
        yield parts.matches() && Mod97.remainder(parts.group(2) + "RF" + parts.group(1)) == 1;
      }
    };
  }

  /**
   * The invoice number {@code quoted} was derived from, when it is a sound reference of either
   * scheme: a Belgian communication (with or without its {@code +++}, {@code ***} and slashes)
   * names an invoice of {@code entity} in the 21st century; a creditor reference (spaces and case
   * ignored) names its own entity. Empty for anything else, a reference whose check digits fail
   * included: it names no invoice for sure.
   */
  public static Optional<InvoiceNumber> invoiceOf(String quoted, EntityCode entity) {
    if (quoted == null) return Optional.empty();
    String compact = quoted.replace(" ", "").toUpperCase(Locale.ROOT);
    Matcher belgian = BELGIAN_QUOTED.matcher(compact);
    if (belgian.matches()) {
      String all = belgian.group(1) + belgian.group(2) + belgian.group(3);
      if (Integer.parseInt(all.substring(10)) != belgianCheck(all.substring(0, 10))) return Optional.empty();
      long sequence = Long.parseLong(all.substring(2, 10));
      return sequence == 0 ? Optional.empty() : Optional.of(new InvoiceNumber(entity, 2000 + Integer.parseInt(all.substring(0, 2)), sequence));
    }
    if (!isValid(PaymentReferenceScheme.ISO_11649, compact)) return Optional.empty();
    Matcher number = CREDITOR_NUMBER.matcher(compact.substring(4));
    if (!number.matches() || Long.parseLong(number.group(3)) == 0) return Optional.empty();
    return Optional.of(new InvoiceNumber(EntityCode.of(number.group(1)), Integer.parseInt(number.group(2)), Long.parseLong(number.group(3))));
  }

  /** The reference as a person reads it: a creditor reference in groups of four. */
  public String printed() {
    return scheme == PaymentReferenceScheme.BELGIAN_STRUCTURED ? text : text.replaceAll("(.{4})(?!$)", "$1 ");
  }

  @Override
  public String toString() {
    return text;
  }

  /** Ten digits' remainder by 97, 97 in place of 0. */
  private static int belgianCheck(String digits) {
    int remainder = (int) (Long.parseLong(digits) % 97);
    return remainder == 0 ? 97 : remainder;
  }
}
