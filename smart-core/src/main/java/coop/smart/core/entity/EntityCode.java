package coop.smart.core.entity;

import coop.smart.core.error.ValidationException;
import java.util.Objects;

/** A national entity's code: the ISO 3166 code of its country, e.g. {@code BE}. */
public record EntityCode(String value) implements Comparable<EntityCode> {

  public EntityCode {
    Objects.requireNonNull(value, "value");
    if (!value.matches("[A-Z]{2}")) {
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
