package coop.smart.core.report;

/**
 * An invariant the books break.
 *
 * @param invariant which invariant, one of {@link BooksCheck}'s names
 * @param record the record that breaks it, e.g. an invoice number or an account
 * @param detail what was found against what was expected
 */
public record Violation(String invariant, String record, String detail) {

  @Override
  public String toString() {
    return invariant + " broken by " + record + ": " + detail;
  }
}
