package coop.smart.core.cases;

import coop.smart.core.entity.EntityCode;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * One hand-computed case: {@code kind | on | inputs | expected | source}, where inputs and
 * expected figures are {@code name=value} pairs (a value with spaces in double quotes).
 *
 * @param where the file and line, for failures: "BE.cases.txt line 12"
 * @param expected the figures the rules must give; {@code refused=CODE} when they must refuse
 * @param source where the expectation comes from: the rule, its data row's source, the arithmetic
 */
public record RuleCase(String where, EntityCode entity, String kind, LocalDate on, Map<String, String> inputs,
                       Map<String, String> expected, String source) {

  public RuleCase {
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(on, "on");
    inputs = Map.copyOf(inputs);
    expected = Map.copyOf(expected);
    Objects.requireNonNull(source, "source");
  }

  /** An input that must be given. */
  String input(String name) {
    String value = inputs.get(name);
    if (value == null) throw new IllegalArgumentException(where + ": a " + kind + " case needs the input '" + name + "'");
    return value;
  }

  /** An input that may be left out. */
  String input(String name, String otherwise) {
    return inputs.getOrDefault(name, otherwise);
  }

  @Override
  public String toString() {
    return where + " (" + entity + " " + kind + " on " + on + ")";
  }
}
