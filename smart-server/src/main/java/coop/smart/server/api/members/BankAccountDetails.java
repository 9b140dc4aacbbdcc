package coop.smart.server.api.members;

import coop.smart.core.member.BankAccount;
import coop.smart.server.validation.Text;
import jakarta.validation.constraints.NotBlank;

/** A member's bank account as a request gives it: the BIC and the holder (the member when left out) are optional. */
record BankAccountDetails(@NotBlank @Text(max = 50) String iban, @Text(max = 20) String bic, @Text(max = BankAccount.NAME_LENGTH) String holder) {

  /** The account, its fields named under {@code prefix} when the core refuses them. */
  BankAccount toAccount(String prefix) {
    return BankAccount.of(prefix, iban, bic, holder);
  }
}
