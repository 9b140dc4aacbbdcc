package coop.smart.core.entity;

import java.util.Arrays;
import java.util.Locale;

/** A language the cooperative's documents are written in: a client's invoices, a member's contracts and pay slips. */
public enum Language {
  FR,
  NL,
  EN,
  DE;

  public Locale locale() {
    return Locale.forLanguageTag(name().toLowerCase(Locale.ROOT));
  }

  /** Reads a language code in either case, e.g. {@code fr} or {@code FR}. */
  public static Language parse(String code) {
    try {
      return valueOf(code.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + code + "' is not one of " + Arrays.toString(values()));
    }
  }
}
