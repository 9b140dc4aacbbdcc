package coop.smart.core.contract;

import coop.smart.core.ledger.Account;
import coop.smart.core.ledger.AccountType;
import coop.smart.core.ledger.JournalEntry;

/** Where a salary's money goes in the ledger: the member's bank account, social security and the tax office. */
public final class SalaryPayment {

  private SalaryPayment() {
  }

  /**
   * Credits the destinations of {@code pay}: net salary and expenses paid out from the bank,
   * employer and employee contributions and withholding tax owed. Together they come to the
   * employment budget plus expenses, which the caller debits from the paying account.
   */
  public static JournalEntry.Builder credit(JournalEntry.Builder entry, PayBreakdown pay) {
    return entry
        .credit(Account.of(AccountType.BANK), pay.net().plus(pay.expenses()))
        .credit(Account.of(AccountType.SOCIAL_CONTRIBUTIONS_PAYABLE), pay.employerContributions().plus(pay.employeeContributions()))
        .credit(Account.of(AccountType.WITHHOLDING_TAX_PAYABLE), pay.withholdingTax());
  }
}
