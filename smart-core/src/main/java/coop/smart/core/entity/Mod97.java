package coop.smart.core.entity;

import java.util.Locale;

/**
 * ISO 7064 MOD 97-10, the check of IBANs and ISO 11649 creditor references: letters count as
 * 10 (A) to 35 (Z), and a text is sound when its number leaves 1 divided by 97.
 */
public final class Mod97 {

  private Mod97() {
  }

  /** The remainder by 97 of {@code text}'s number, read digit by digit so any length fits. */
  public static int remainder(String text) {
    int remainder = 0;
    for (char c : text.toUpperCase(Locale.ROOT).toCharArray()) {
      int value = Character.digit(c, 36);
      if (value < 0) throw new IllegalArgumentException("only letters and digits have a MOD 97-10 value: '" + c + "' in '" + text + "'");
      remainder = (value < 10 ? remainder * 10 : remainder * 100) + value;
      remainder %= 97;
    }
    return remainder;
  }

  /** True for an IBAN whose check digits hold (spaces allowed): country, check digits, then the account. */
  public static boolean isIban(String iban) {
    String compact = iban.replace(" ", "").toUpperCase(Locale.ROOT);
    if (!compact.matches("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}")) return false;
    return remainder(compact.substring(4) + compact.substring(0, 4)) == 1;
  }
}
