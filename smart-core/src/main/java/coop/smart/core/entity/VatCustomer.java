package coop.smart.core.entity;

/** What the VAT rules need to know of whom an invoice is addressed to. */
public interface VatCustomer {

  /** The ISO 3166 code of the country the customer is established in. */
  String country();

  /** True for a business, which may reverse-charge VAT; false for a consumer. */
  boolean isBusiness();

  /** The customer's VAT number, prefix included, or null when it has none. */
  String vatNumber();
}
