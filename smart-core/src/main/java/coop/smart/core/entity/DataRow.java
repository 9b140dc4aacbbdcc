package coop.smart.core.entity;

import java.time.LocalDate;
import java.util.function.Function;

/**
 * One row of an entity data file: {@code section | from | key | value | source}. Keeps where
 * it was read so every complaint about it names file, line and column.
 */
record DataRow(String file, int line, String section, LocalDate from, String key, String value, String source) {

  /** Rows with the same identity replace each other when files are layered. */
  record Identity(String section, LocalDate from, String key) {
  }

  Identity identity() {
    return new Identity(section, from, key);
  }

  /** The value read by {@code parser}; any refusal becomes an error naming this row. */
  <T> T value(Function<String, T> parser) {
    try {
      return parser.apply(value);
    } catch (RuntimeException e) {
      throw error("value", e.getMessage());
    }
  }

  ReferenceDataException error(String column, String message) {
    return new ReferenceDataException(file + " line " + line + ", column '" + column + "': " + message);
  }
}
