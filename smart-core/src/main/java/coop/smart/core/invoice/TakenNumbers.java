package coop.smart.core.invoice;

import coop.smart.core.entity.EntityCode;
import java.time.LocalDate;
import java.util.List;

/**
 * Numbers taken from a series together ({@link InvoiceNumbering#next(EntityCode, LocalDate, int)}),
 * handed out in their order to the invoices of their issue date: a day's invoices issued at once
 * take their numbers in one go, and every number taken goes to an invoice.
 */
public final class TakenNumbers implements InvoiceNumbering {

  private final LocalDate issueDate;
  private final List<InvoiceNumber> numbers;
  private int handedOut;

  public TakenNumbers(LocalDate issueDate, List<InvoiceNumber> numbers) {
    this.issueDate = issueDate;
    this.numbers = List.copyOf(numbers);
  }

  @Override
  public InvoiceNumber next(EntityCode entity, LocalDate date) {
    if (!date.equals(issueDate)) throw new IllegalStateException("numbers taken for invoices of " + issueDate + ", asked for one of " + date);
    if (handedOut == numbers.size()) throw new IllegalStateException("every number taken for " + issueDate + " is handed out");
    InvoiceNumber number = numbers.get(handedOut++);
    if (!number.entity().equals(entity)) throw new IllegalStateException(number + " is not a number of " + entity);
    return number;
  }

  /** Refuses to end with numbers left: the series would have a gap where they were. */
  public void requireAllHandedOut() {
    if (handedOut < numbers.size()) throw new IllegalStateException("number " + numbers.get(handedOut) + " was taken for no invoice");
  }
}
