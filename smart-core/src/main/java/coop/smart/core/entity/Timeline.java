package coop.smart.core.entity;

import coop.smart.core.error.BusinessRuleException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The successive values of one rule of one entity. The value in force on a date is the one of
 * the latest row whose {@code from} is on or before it; a date before every row is refused
 * rather than answered with a guess.
 */
public final class Timeline<T> {

  /** Rule code of {@link BusinessRuleException}s raised for a date before every row. */
  public static final String NO_RULES_IN_FORCE = "NO_RULES_IN_FORCE";

  private final EntityCode entity;
  private final String rule;
  private final NavigableMap<LocalDate, Effective<T>> rows = new TreeMap<>();

  /**
   * @param rule what the rows are, for errors: "fee rate for INDIVIDUAL"
   * @throws IllegalArgumentException when there is no row or two rows share a date
   */
  public Timeline(EntityCode entity, String rule, List<Effective<T>> rows) {
    this.entity = Objects.requireNonNull(entity, "entity");
    this.rule = Objects.requireNonNull(rule, "rule");
    if (rows.isEmpty()) throw new IllegalArgumentException(entity + " has no " + rule);
    for (Effective<T> row : rows) {
      if (this.rows.put(row.from(), row) != null) {
        throw new IllegalArgumentException(entity + " has two " + rule + " rows from " + row.from());
      }
    }
  }

  /** The row in force on {@code date}. */
  public Effective<T> rowOn(LocalDate date) {
    Map.Entry<LocalDate, Effective<T>> row = rows.floorEntry(Objects.requireNonNull(date, "date"));
    if (row == null) {
      throw new BusinessRuleException(NO_RULES_IN_FORCE, "no rules in force for " + entity + " on " + date
          + " (the first " + rule + " is from " + rows.firstKey() + ")");
    }
    return row.getValue();
  }

  /** The value in force on {@code date}. */
  public T on(LocalDate date) {
    return rowOn(date).value();
  }

  /** The day the first row is in force from. */
  public LocalDate firstFrom() {
    return rows.firstKey();
  }

  /** Every row, oldest first. */
  public List<Effective<T>> rows() {
    return List.copyOf(rows.values());
  }

  @Override
  public String toString() {
    return rule + " of " + entity + " " + rows.values();
  }
}
