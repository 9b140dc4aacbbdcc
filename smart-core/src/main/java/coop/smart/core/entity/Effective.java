package coop.smart.core.entity;

import java.time.LocalDate;
import java.util.Objects;

/** A value in force from a date, with where the value comes from. */
public record Effective<T>(LocalDate from, T value, String source) {

  public Effective {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
  }
}
