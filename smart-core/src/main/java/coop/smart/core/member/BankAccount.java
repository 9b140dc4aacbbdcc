package coop.smart.core.member;

import coop.smart.core.entity.Mod97;
import coop.smart.core.error.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The bank account a member's salaries and refunds are paid into: an IBAN of a SEPA country,
 * whose length is that country's and whose check digits hold (ISO 13616, MOD 97-10), the bank's
 * BIC when the member gives it, and the account holder's name, or null when it is the member's own.
 *
 * @param iban compact and upper-case, e.g. {@code BE68539007547034}
 */
public record BankAccount(String iban, String bic, String holder) {

  /** The longest name a SEPA credit transfer carries. */
  public static final int NAME_LENGTH = 70;

  /**
   * The IBAN length of each country of the SEPA schemes (SWIFT's IBAN registry): a credit transfer
   * file pays into these only.
   */
  private static final Map<String, Integer> SEPA_IBAN_LENGTHS = Map.ofEntries(
      Map.entry("AD", 24), Map.entry("AL", 28), Map.entry("AT", 20), Map.entry("BE", 16), Map.entry("BG", 22), Map.entry("CH", 21),
      Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22), Map.entry("DK", 18), Map.entry("EE", 20), Map.entry("ES", 24),
      Map.entry("FI", 18), Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("GI", 23), Map.entry("GR", 27), Map.entry("HR", 21),
      Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IS", 26), Map.entry("IT", 27), Map.entry("LI", 21), Map.entry("LT", 20),
      Map.entry("LU", 20), Map.entry("LV", 21), Map.entry("MC", 27), Map.entry("MD", 24), Map.entry("ME", 22), Map.entry("MK", 19),
      Map.entry("MT", 31), Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PL", 28), Map.entry("PT", 25), Map.entry("RO", 24),
      Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24), Map.entry("SM", 27), Map.entry("VA", 22));

  public BankAccount {
    iban = compact(iban);
    bic = bic == null || bic.isBlank() ? null : compact(bic);
    holder = holder == null || holder.isBlank() ? null : holder.strip();
    Map<String, List<String>> errors = errors("", iban, bic, holder);
    if (!errors.isEmpty()) throw new ValidationException(errors);
  }

  /**
   * The account, its fields named under {@code prefix} (e.g. {@code bankAccount.}) when refused.
   *
   * @throws ValidationException naming every field that breaks its rule
   */
  public static BankAccount of(String prefix, String iban, String bic, String holder) {
    Map<String, List<String>> errors = errors(prefix, compact(iban), bic == null || bic.isBlank() ? null : compact(bic), holder);
    if (!errors.isEmpty()) throw new ValidationException(errors);
    return new BankAccount(iban, bic, holder);
  }

  /** The name the bank credits: the holder's, or {@code memberName} when the member holds the account. */
  public String holderOr(String memberName) {
    return holder == null ? memberName : holder;
  }

  private static Map<String, List<String>> errors(String prefix, String iban, String bic, String holder) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    List<String> ibanErrors = ibanErrors(iban);
    if (!ibanErrors.isEmpty()) errors.put(prefix + "iban", ibanErrors);
    if (bic != null && !bic.matches("[A-Z]{6}[A-Z2-9][A-NP-Z0-9]([A-Z0-9]{3})?")) {
      errors.put(prefix + "bic", List.of("must be a BIC of 8 or 11 letters and digits (ISO 9362): '" + bic + "'"));
    }
    if (holder != null && (holder.isBlank() || holder.strip().length() > NAME_LENGTH)) {
      errors.put(prefix + "holder", List.of("must be a name of 1 to " + NAME_LENGTH + " characters, the most a SEPA transfer carries"));
    }
    return errors;
  }

  private static List<String> ibanErrors(String iban) {
    List<String> errors = new ArrayList<>();
    if (iban == null || iban.isEmpty()) return List.of("is required");
    Integer length = iban.length() < 2 ? null : SEPA_IBAN_LENGTHS.get(iban.substring(0, 2));
    if (length == null) {
      errors.add("must be the IBAN of an account in a SEPA country, which credit transfers reach: '" + iban + "'");
    } else if (iban.length() != length) {
      errors.add("an IBAN of " + iban.substring(0, 2) + " has " + length + " characters, not " + iban.length() + ": '" + iban + "'");
    } else if (!Mod97.isIban(iban)) {
      errors.add("its check digits do not hold (ISO 13616, MOD 97-10): '" + iban + "'");
    }
    return errors;
  }

  private static String compact(String text) {
    return text == null ? null : text.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
  }
}
