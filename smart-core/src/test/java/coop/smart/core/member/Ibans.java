package coop.smart.core.member;

import coop.smart.core.entity.Mod97;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Well-formed IBANs of several SEPA countries, their check digits computed, for the tests of every module. */
public final class Ibans {

  /** The registry's example IBANs. */
  public static final String BELGIAN = "BE68539007547034";
  public static final String FRENCH = "FR1420041010050500013M02606";
  public static final String GERMAN = "DE89370400440532013000";
  public static final String DUTCH = "NL91ABNA0417164300";

  private static final Map<String, Integer> LENGTHS = Map.of("BE", 16, "FR", 27, "DE", 22, "NL", 18, "ES", 24, "IT", 27, "AT", 20,
      "LU", 20, "PT", 25, "SE", 24);

  private Ibans() {
  }

  /** The IBAN of {@code country} for the account {@code bban}, with the check digits that make it hold. */
  public static String of(String country, String bban) {
    int check = 98 - Mod97.remainder(bban + country + "00");
    return country + String.format("%02d", check) + bban;
  }

  /** IBANs of ten SEPA countries, their accounts of digits drawn at random. */
  public static Arbitrary<String> any() {
    return Arbitraries.of(LENGTHS.keySet()).flatMap(country -> Arbitraries.strings().numeric().ofLength(LENGTHS.get(country) - 4)
        .map(bban -> of(country, bban)));
  }
}
