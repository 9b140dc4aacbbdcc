package coop.smart.core.entity;

/** What an entity's data lets the library compute for it. */
public enum Capability {
  /** The fee on turnover (R1); every entity. */
  FEES,
  /** When guaranteed salaries are paid (R2); every entity. */
  PAYMENT_DATES,
  /** Pay from invoice to net salary and back (R3): the entity ships payroll parameters. */
  PAY,
  /** Fixed-term contracts: payroll parameters and a maximum contract length. */
  CONTRACTS,
  /** Platform work checked against a minimum wage (R4). */
  PLATFORM_WORK,
  /** Invoices with their VAT and collection (R8, R9). */
  INVOICING,
  /** Insurance cover on a date (R6). */
  INSURANCE,
  /** Equipment leases (R7). */
  LEASING
}
