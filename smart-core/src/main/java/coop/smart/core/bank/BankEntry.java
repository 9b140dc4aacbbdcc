package coop.smart.core.bank;

import java.time.LocalDate;
import java.util.Objects;
import org.joda.money.Money;

/**
 * One movement on the entity's bank account as its bank's statement states it.
 *
 * @param reference the bank's own reference of the entry, unique on the account: what makes importing it twice change nothing
 * @param amount what moved, always positive; {@code credit} says which way
 * @param credit true for money received, false for money paid out
 * @param debtorName who paid, as its bank names it, or null
 * @param debtorIban the account it paid from, or null
 * @param remittance the free text the payer wrote, or null
 * @param quotedReference the structured reference the payer quoted (a Belgian communication or an RF creditor reference), or null
 */
public record BankEntry(String reference, Money amount, boolean credit, LocalDate bookingDate, LocalDate valueDate, String debtorName,
                        String debtorIban, String remittance, String quotedReference) {

  public BankEntry {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(bookingDate, "bookingDate");
    if (!amount.isPositive()) throw new IllegalArgumentException("entry " + reference + ": a bank entry's amount is positive, not " + amount);
  }
}
