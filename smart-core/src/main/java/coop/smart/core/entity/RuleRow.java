package coop.smart.core.entity;

import java.time.LocalDate;
import java.util.Objects;

/** One row of an entity's data as a figure cites it: {@code section | from | key | value | source}. */
public record RuleRow(String section, String key, LocalDate from, String value, String source) {

  public RuleRow {
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(source, "source");
  }
}
