package coop.smart.core.bank;

/** What became of a statement's entry. */
public enum EntryStatus {
  /** Its structured reference named an open invoice, which it paid. */
  MATCHED,
  /** No reference matched, but one open invoice of the payer has that amount: an advisor confirms or not. */
  SUGGESTED,
  /** Nothing tells which invoice it pays (or it is a debit): an advisor resolves it. */
  UNMATCHED,
  /** An advisor assigned it to an invoice, which it paid. */
  ASSIGNED,
  /** An advisor dismissed it, with a reason: it pays no invoice. */
  DISMISSED;

  /** True while the entry waits in the queue for an advisor. */
  public boolean isWaiting() {
    return this == SUGGESTED || this == UNMATCHED;
  }
}
