package coop.smart.core.entity;

import coop.smart.core.error.BusinessRuleException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The entity as its documents name it: invoices (the seller), contracts and pay slips (the
 * employer). Read from the entity's {@code issuer} rows; the shipped files state what public
 * sources give, and an embedder's extension adds the rest (VAT number, bank account…), so any
 * of these may still be missing: {@link #complete(EntityCode)} refuses documents until they are all there.
 *
 * @param companyId the national registration number, or null when the VAT number is the one
 * @param bic the bank's BIC, or null (SEPA transfers need only the IBAN)
 * @param paymentReference how the entity's invoices ask to be referenced when paid (ISO 11649 unless the data says otherwise)
 * @param invoicePdf what an invoice's PDF holds besides the page a person reads
 */
public record Issuer(String legalName, PostalAddress address, String vatNumber, String companyId, String iban, String bic,
                     ElectronicAddress electronicAddress, Language language, PaymentReferenceScheme paymentReference,
                     InvoicePdfKind invoicePdf) {

  /** What an entity's data that says nothing of its issuer gives. */
  public static final Issuer UNKNOWN = new Issuer(null, null, null, null, null, null, null, null, PaymentReferenceScheme.ISO_11649,
      InvoicePdfKind.PDF_A);

  /** Rule code of the refusal to print a document for an entity whose issuer data is incomplete. */
  public static final String INCOMPLETE_ISSUER = "INCOMPLETE_ISSUER";

  /** How a payment names the invoice it settles. */
  public enum PaymentReferenceScheme {
    /** The Belgian structured communication {@code +++123/4567/89012+++}, with modulo-97 check digits. */
    BELGIAN_STRUCTURED,
    /** The ISO 11649 creditor reference {@code RF18 …}, understood across SEPA. */
    ISO_11649
  }

  /** What an invoice's PDF is. */
  public enum InvoicePdfKind {
    /** An archival PDF/A-3 page. */
    PDF_A,
    /** A Factur-X hybrid: the PDF/A-3 page with its EN 16931 invoice embedded as XML. */
    FACTUR_X
  }

  public Issuer {
    Objects.requireNonNull(paymentReference, "paymentReference");
    Objects.requireNonNull(invoicePdf, "invoicePdf");
  }

  /** The keys an issuer's documents cannot do without. */
  public List<String> missing() {
    List<String> missing = new ArrayList<>();
    if (legalName == null) missing.add("legalName");
    if (address == null) missing.add("street, postcode, city");
    if (vatNumber == null) missing.add("vatNumber");
    if (iban == null) missing.add("iban");
    if (electronicAddress == null) missing.add("electronicAddress");
    if (language == null) missing.add("language");
    return missing;
  }

  /**
   * This issuer, once it lacks nothing a document prints.
   *
   * @throws BusinessRuleException naming the missing {@code issuer} keys
   */
  public Issuer complete(EntityCode entity) {
    return require(entity, missing(), "which its documents print");
  }

  /**
   * This issuer, once it names the account the entity's credit transfers are paid from: its legal
   * name and IBAN, the debtor of a payment order.
   *
   * @throws BusinessRuleException naming the missing {@code issuer} keys
   */
  public Issuer debtor(EntityCode entity) {
    return require(entity, missing().stream().filter(key -> key.equals("legalName") || key.equals("iban")).toList(),
        "which its credit-transfer files name as the account paying");
  }

  private Issuer require(EntityCode entity, List<String> missing, String why) {
    if (!missing.isEmpty()) {
      throw new BusinessRuleException(INCOMPLETE_ISSUER, "the data of " + entity + " lacks the issuer's " + String.join(", ", missing)
          + ", " + why + ": ship them as 'issuer | | key | value | source' rows in an extension data file");
    }
    return this;
  }
}
