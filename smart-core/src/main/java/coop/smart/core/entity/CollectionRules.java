package coop.smart.core.entity;

import coop.smart.core.entity.CollectionStep;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * R9: when an entity's invoices are due, and the steps taken, in order, while one stays unpaid.
 * The data files write the steps as {@code REMINDER +7, REMINDER +21, FORMAL_NOTICE +35}.
 *
 * @param paymentTermDays days from the issue date to the due date
 * @param steps the steps, each later than the one before
 */
public record CollectionRules(int paymentTermDays, List<CollectionStep> steps) {

  public CollectionRules {
    if (paymentTermDays < 0) throw new IllegalArgumentException("a payment term must not be negative: " + paymentTermDays + " days");
    steps = List.copyOf(steps);
    if (steps.isEmpty()) throw new IllegalArgumentException("collection needs at least one step");
    for (int i = 1; i < steps.size(); i++) {
      if (steps.get(i).daysAfterDue() <= steps.get(i - 1).daysAfterDue()) {
        throw new IllegalArgumentException("each collection step comes after the one before: " + steps.get(i - 1) + " then " + steps.get(i));
      }
    }
  }

  /** Reads the data-file form of a payment term: a whole number of days. */
  public static int parseTermDays(String text) {
    if (!text.trim().matches("\\d{1,4}")) throw new IllegalArgumentException("a payment term is a whole number of days, e.g. 30: '" + text + "'");
    return Integer.parseInt(text.trim());
  }

  /** Reads the data-file form of the steps: {@link CollectionStep}s separated by commas. */
  public static List<CollectionStep> parseSteps(String text) {
    return Arrays.stream(text.split(",")).map(CollectionStep::parse).toList();
  }

  /** The due date of an invoice issued on {@code issueDate}. */
  public LocalDate dueDate(LocalDate issueDate) {
    return issueDate.plusDays(paymentTermDays);
  }

  @Override
  public String toString() {
    return "due " + paymentTermDays + " days after issue; " + steps.stream().map(CollectionStep::toString).collect(Collectors.joining(", "));
  }
}
