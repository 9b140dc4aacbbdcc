package coop.smart.core.invoice;

/** Where an invoice stands, derived from what was paid and credited on it. */
public enum InvoiceStatus {
  /** Nothing paid yet (a partial credit note may have lowered what is due). */
  ISSUED,
  /** Part paid, part still due. */
  PARTIALLY_PAID,
  /** Nothing left due, and at least part of it was paid (the rest, if any, credited). */
  PAID,
  /** Nothing left due and nothing paid: credited in full. */
  CREDITED,
  /** Its client defaulted: what was still due was written off. */
  WRITTEN_OFF;

  /** True while something is still due, so reminders go on. */
  public boolean isOpen() {
    return this == ISSUED || this == PARTIALLY_PAID;
  }
}
