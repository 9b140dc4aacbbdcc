package coop.smart.core.contract;

import coop.smart.core.ledger.Account;
import coop.smart.core.ledger.AccountType;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.ledger.JournalEntry;
import java.time.LocalDate;
import org.joda.money.Money;

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
        .credit(Account.of(AccountType.BANK), toBank(pay))
        .credit(Account.of(AccountType.SOCIAL_CONTRIBUTIONS_PAYABLE), pay.employerContributions().plus(pay.employeeContributions()))
        .credit(Account.of(AccountType.WITHHOLDING_TAX_PAYABLE), pay.withholdingTax());
  }

  /**
   * The salary of {@code contract} paid on {@code on} from what its payroll account holds for it:
   * the employment budget and expenses, set there by its invoice or by its activity's budget.
   */
  public static JournalEntry fromPayroll(EntityCode entity, ContractId contract, PayBreakdown pay, String reference, LocalDate on) {
    return credit(JournalEntry.on(entity, on, "salary of contract " + contract).reference(reference), pay)
        .debit(payroll(contract), owed(pay))
        .build();
  }

  /** What goes to the member's bank account: the net salary and the expenses refunded on the contract. */
  public static Money toBank(PayBreakdown pay) {
    return pay.net().plus(pay.expenses());
  }

  /** What a contract's salary costs whoever pays it: the employment budget and the expenses refunded. */
  public static Money owed(PayBreakdown pay) {
    return pay.employmentBudget().plus(pay.expenses());
  }

  /** The account holding a contract's pay between the money coming in and the salary going out. */
  public static Account payroll(ContractId contract) {
    return Account.of(AccountType.CONTRACT_PAYROLL, contract);
  }
}
