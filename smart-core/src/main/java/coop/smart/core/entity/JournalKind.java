package coop.smart.core.entity;

/**
 * The journals an entity's entries are sorted into when its books are exported, each named by
 * the entity's data ({@code journal | 2017-01-01 | SALES | VT Ventes}).
 */
public enum JournalKind {
  /** Invoices and credit notes. */
  SALES,
  /** Movements of the bank account. */
  BANK,
  /** Salaries, with their contributions and withholding tax. */
  PAYROLL,
  /** Everything else: budget transfers, the guarantee fund, write-offs, lease billing. */
  MISC
}
