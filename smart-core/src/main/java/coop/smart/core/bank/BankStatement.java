package coop.smart.core.bank;

import java.util.List;
import java.util.Objects;

/**
 * A statement of one of the entity's bank accounts, as its bank sent it.
 *
 * @param reference the bank's identification of the statement, unique for the account
 * @param iban the account it states
 * @param entries its movements, in the bank's order
 */
public record BankStatement(String reference, String iban, List<BankEntry> entries) {

  public BankStatement {
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(iban, "iban");
    entries = List.copyOf(entries);
  }
}
