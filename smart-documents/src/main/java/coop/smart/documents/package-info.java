/**
 * The documents that leave the cooperative, rendered from the core's records: invoices and
 * credit notes as PDF/A (Factur-X for the French entity) and as Peppol BIS Billing 3.0 UBL, the
 * payment reference they carry, pay slips and employment contracts, in the reader's language.
 */
package coop.smart.documents;
