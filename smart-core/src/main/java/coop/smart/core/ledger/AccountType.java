package coop.smart.core.ledger;

/**
 * The kinds of account an entity keeps. Amounts are posted as debits (positive) and credits
 * (negative); an asset or expense normally has a debit balance, a liability, income or reserve
 * a credit balance.
 */
public enum AccountType {
  /** The entity's bank account. Asset. */
  BANK(Side.DEBIT),
  /** What a client owes on its invoices, per client. Asset. */
  CLIENT_RECEIVABLES(Side.DEBIT),
  /** What a client paid beyond its invoices, kept for it until refunded or set against another invoice, per client. Liability. */
  CLIENT_CREDITS(Side.CREDIT),
  /** VAT collected on invoices, owed to the state. Liability. */
  VAT_PAYABLE(Side.CREDIT),
  /** The entity's fee on turnover. Income. */
  FEE_INCOME(Side.CREDIT),
  /** What an invoiced contract owes its member's pay (employment budget and expenses), per contract. Liability. */
  CONTRACT_PAYROLL(Side.CREDIT),
  /** Employer and employee social contributions owed. Liability. */
  SOCIAL_CONTRIBUTIONS_PAYABLE(Side.CREDIT),
  /** Withholding tax owed to the state. Liability. */
  WITHHOLDING_TAX_PAYABLE(Side.CREDIT),
  /** An activity's invoiced turnover, after the fee, that its clients have not paid yet, per activity. Liability. */
  ACTIVITY_PENDING(Side.CREDIT),
  /** An activity's budget available to spend, per activity. Liability. */
  ACTIVITY_BUDGET(Side.CREDIT),
  /** The guarantee fund's reserve. Reserve. */
  GUARANTEE_FUND(Side.CREDIT),
  /** Salaries the fund paid ahead of clients, per invoice, until the client pays or defaults. Asset. */
  GUARANTEE_ADVANCES(Side.DEBIT),
  /** Invoices written off when a client defaults (the part not covered by the fund). Expense. */
  BAD_DEBTS(Side.DEBIT),
  /** Instalments activities owe on equipment leases, per lease. Asset. */
  LEASE_RECEIVABLES(Side.DEBIT),
  /** Interest activities pay on their equipment leases. Income. */
  LEASE_INTEREST_INCOME(Side.CREDIT);

  /** The side an account of this type normally stands on. */
  public enum Side {
    DEBIT,
    CREDIT
  }

  private final Side normalSide;

  AccountType(Side normalSide) {
    this.normalSide = normalSide;
  }

  public Side normalSide() {
    return normalSide;
  }
}
