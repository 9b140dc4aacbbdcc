package coop.smart.core.invoice;

/** R8: how an invoice is taxed, from where the client is, what it is and the structure the work runs under. */
public enum VatTreatment {
  /** The entity's standard rate: a client in the entity's country, or an EU consumer or business without a VAT number. */
  STANDARD,
  /** No VAT: work invoiced through a structure whose invoices are exempt (Belgian training). */
  EXEMPT,
  /** No VAT on the invoice: a business client in another EU country with a VAT number owes it itself. */
  REVERSE_CHARGE,
  /** No EU VAT: a client established outside the European Union. */
  OUTSIDE_EU
}
