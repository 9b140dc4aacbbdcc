package coop.smart.core.entity;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/** R9: one step taken on an unpaid invoice, a number of days after its due date. Printed and read as {@code REMINDER +7}. */
public record CollectionStep(Kind kind, int daysAfterDue) {

  /** What the step does. */
  public enum Kind {
    /** An automatic payment reminder. */
    REMINDER,
    /** A formal notice to pay (mise en demeure). */
    FORMAL_NOTICE,
    /** The invoice handed over to collection, the last resort before court. */
    HANDOVER_TO_COLLECTION
  }

  public CollectionStep {
    Objects.requireNonNull(kind, "kind");
    if (daysAfterDue < 1) throw new IllegalArgumentException("a collection step comes at least one day after the due date: " + kind + " +" + daysAfterDue);
  }

  /** Reads what {@link #toString()} prints. */
  public static CollectionStep parse(String text) {
    String[] parts = text.trim().split("\\s+\\+");
    if (parts.length != 2 || !parts[1].matches("\\d{1,4}")) {
      throw new IllegalArgumentException("a collection step reads KIND +DAYS, e.g. REMINDER +7: '" + text.trim() + "'");
    }
    Kind kind;
    try {
      kind = Kind.valueOf(parts[0]);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + parts[0] + "' is not one of " + Arrays.toString(Kind.values()));
    }
    return new CollectionStep(kind, Integer.parseInt(parts[1]));
  }

  /** The day the step is due for an invoice due on {@code dueDate}. */
  public LocalDate dateFor(LocalDate dueDate) {
    return dueDate.plusDays(daysAfterDue);
  }

  @Override
  public String toString() {
    return kind + " +" + daysAfterDue;
  }
}
