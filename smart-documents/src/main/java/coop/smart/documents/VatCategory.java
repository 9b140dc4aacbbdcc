package coop.smart.documents;

import coop.smart.core.entity.VatDecision;
import java.math.BigDecimal;

/**
 * How EN 16931 names an invoice's VAT (UNCL 5305 category, VATEX exemption code), the same in
 * the Peppol UBL and in the Factur-X CII.
 *
 * @param exemptionCode the VATEX code of a zero-rated invoice, or null under the standard rate
 */
record VatCategory(String code, BigDecimal percent, String exemptionCode) {

  static VatCategory of(VatDecision decision) {
    BigDecimal percent = decision.rate().value().movePointRight(2).stripTrailingZeros();
    return switch (decision.treatment()) {
      case STANDARD -> new VatCategory("S", percent, null);
      // Vocational training, exempt under article 132(1)(i) of Directive 2006/112/EC.
      case EXEMPT -> new VatCategory("E", percent, "VATEX-EU-132-1I");
      case REVERSE_CHARGE -> new VatCategory("AE", percent, "VATEX-EU-AE");
      case OUTSIDE_EU -> new VatCategory("O", percent, "VATEX-EU-O");
    };
  }

  /** Outside the scope of VAT, the invoice names neither party's VAT number (EN 16931 BR-O-02). */
  boolean namesVatNumbers() {
    return !code.equals("O");
  }
}
