package coop.smart.core.entity;

import coop.smart.core.error.ValidationException;
import java.util.Objects;
import java.util.regex.Pattern;

/** A national entity's code: the ISO 3166 code of its country, e.g. {@code BE}. */
public record EntityCode(String value) implements Comparable<EntityCode> {

  /** Compiled once: every stored row read back makes a code, and String.matches compiles its pattern each time. */
  private static final Pattern CODE = Pattern.compile("[A-Z]{2}");

  public EntityCode {
    Objects.requireNonNull(value, "value");
    if (!CODE.matcher(value).matches()) {
      throw ValidationException.of("entity", "must be a two-letter upper-case country code such as BE: '" + value + "'");
    }
  }

  public static EntityCode of(String value) {
    return new EntityCode(value);
  }

  @Override
  public int compareTo(EntityCode other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
