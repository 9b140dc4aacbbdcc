package coop.smart.core.entity;

import java.util.List;

/** R8: how an invoice is taxed, from where the client is, what it is and the structure the work runs under. */
public enum VatTreatment {
  /** The entity's standard rate: a client in the entity's country, or an EU consumer or business without a VAT number. */
  STANDARD("standardRate"),
  /** No VAT: work invoiced through a structure whose invoices are exempt (Belgian training). */
  EXEMPT("exemptStructures", "exemptMention"),
  /** No VAT on the invoice: a business client in another EU country with a VAT number owes it itself. */
  REVERSE_CHARGE("reverseChargeMention"),
  /** No EU VAT: a client established outside the European Union. */
  OUTSIDE_EU("outsideEuMention");

  private final List<String> ruleKeys;

  VatTreatment(String... ruleKeys) {
    this.ruleKeys = List.of(ruleKeys);
  }

  /** The keys of the entity's {@code vat} rows this treatment applies. */
  public List<String> ruleKeys() {
    return ruleKeys;
  }
}
