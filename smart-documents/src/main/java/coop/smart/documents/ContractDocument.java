package coop.smart.documents;

import coop.smart.core.contract.WorkDay;
import java.math.BigDecimal;

/**
 * The employment contract as the member signs it, a PDF in the member's language: the parties,
 * the contract type and structure, the dates and hours worked, the amount invoiced (or the
 * budget drawn from the activity) and the withholding rate the member chose.
 */
public record ContractDocument(Employment employment) {

  /** The hours of every day worked. */
  public BigDecimal totalHours() {
    return employment.contract().workDays().stream().map(WorkDay::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  public byte[] pdf() {
    return PdfA.render(Templates.html("contract.jte", this));
  }
}
