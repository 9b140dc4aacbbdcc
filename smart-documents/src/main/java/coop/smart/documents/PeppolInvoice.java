package coop.smart.documents;

import com.helger.ubl21.UBL21Marshaller;
import coop.smart.core.client.Client;
import coop.smart.core.client.ClientKind;
import coop.smart.core.entity.ElectronicAddress;
import coop.smart.core.entity.Issuer;
import coop.smart.core.entity.PostalAddress;
import coop.smart.core.error.BusinessRuleException;
import java.util.Optional;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.AddressType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.BillingReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.BranchType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CountryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CreditNoteLineType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.CustomerPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.DocumentReferenceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.FinancialAccountType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.InvoiceLineType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.ItemType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.MonetaryTotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyLegalEntityType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyTaxSchemeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PaymentMeansType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PeriodType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.PriceType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.SupplierPartyType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxCategoryType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxSchemeType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxSubtotalType;
import oasis.names.specification.ubl.schema.xsd.commonaggregatecomponents_21.TaxTotalType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.CreditedQuantityType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.EndpointIDType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.InvoicedQuantityType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.PaymentIDType;
import oasis.names.specification.ubl.schema.xsd.commonbasiccomponents_21.TaxExemptionReasonType;
import oasis.names.specification.ubl.schema.xsd.creditnote_21.CreditNoteType;
import oasis.names.specification.ubl.schema.xsd.invoice_21.InvoiceType;
import oasis.names.specification.ubl.schema.xsd.unqualifieddatatypes_21.AmountType;

/**
 * An invoice or credit note to a business as a Peppol BIS Billing 3.0 e-invoice: UBL 2.1 written
 * with the ph-ubl library, on the EN 16931 model, ready to be sent over the Peppol network.
 */
public final class PeppolInvoice {

  /** Rule code of the refusal of an e-invoice for a consumer, or a business with no Peppol address. */
  public static final String NO_E_INVOICE = "NO_E_INVOICE";

  private static final String CUSTOMIZATION = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0";
  private static final String PROFILE = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0";
  private static final String INVOICE = "380";
  private static final String CREDIT_NOTE = "381";
  /** UNCL 4461: SEPA credit transfer. */
  private static final String SEPA_CREDIT_TRANSFER = "58";
  /** UN/ECE rec. 20 unit code "one", for lines that count services. */
  private static final String UNIT = "C62";
  private static final String VAT = "VAT";

  private PeppolInvoice() {
  }

  /**
   * The UBL of {@code document}.
   *
   * @throws BusinessRuleException {@value #NO_E_INVOICE} when the client is a consumer, or a
   *     business with neither a Peppol address nor a Belgian VAT number that gives one
   */
  public static byte[] render(InvoiceDocument document) {
    ElectronicAddress buyerAddress = buyerAddress(document.client());
    return document.isCreditNote() ? UBL21Marshaller.creditNote().getAsBytes(creditNote(document, buyerAddress))
        : UBL21Marshaller.invoice().getAsBytes(invoice(document, buyerAddress));
  }

  /** Whether {@code client} can receive e-invoices: a business with a Peppol address. */
  public static boolean reaches(Client client) {
    return client.kind() == ClientKind.BUSINESS && client.peppolAddress().isPresent();
  }

  private static ElectronicAddress buyerAddress(Client client) {
    if (client.kind() != ClientKind.BUSINESS) {
      throw new BusinessRuleException(NO_E_INVOICE, "client " + client.id() + " is a consumer: Peppol e-invoices go to businesses only");
    }
    return client.peppolAddress().orElseThrow(() -> new BusinessRuleException(NO_E_INVOICE, "client " + client.id()
        + " has no Peppol address: register its electronicAddress (scheme:identifier, e.g. 0208:0123456789)"));
  }

  private static InvoiceType invoice(InvoiceDocument document, ElectronicAddress buyerAddress) {
    String currency = currency(document);
    InvoiceType ubl = new InvoiceType();
    ubl.setCustomizationID(CUSTOMIZATION);
    ubl.setProfileID(PROFILE);
    ubl.setID(document.number());
    ubl.setIssueDate(document.issueDate());
    ubl.setDueDate(document.dueDate());
    ubl.setInvoiceTypeCode(INVOICE);
    ubl.setDocumentCurrencyCode(currency);
    ubl.setBuyerReference(buyerReference(document));
    period(document).ifPresent(ubl::addInvoicePeriod);
    ubl.setAccountingSupplierParty(supplier(document));
    ubl.setAccountingCustomerParty(customer(document, buyerAddress));
    ubl.addPaymentMeans(paymentMeans(document));
    ubl.addTaxTotal(taxTotal(document));
    ubl.setLegalMonetaryTotal(monetaryTotal(document));
    for (int i = 0; i < document.lines().size(); i++) {
      InvoiceDocument.Line line = document.lines().get(i);
      InvoiceLineType ubLine = new InvoiceLineType();
      ubLine.setID(Integer.toString(i + 1));
      InvoicedQuantityType quantity = ubLine.setInvoicedQuantity(line.quantity());
      quantity.setUnitCode(UNIT);
      amount(ubLine.setLineExtensionAmount(line.total().getAmount()), currency);
      ubLine.setItem(item(line, document));
      ubLine.setPrice(price(line, currency));
      ubl.addInvoiceLine(ubLine);
    }
    return ubl;
  }

  private static CreditNoteType creditNote(InvoiceDocument document, ElectronicAddress buyerAddress) {
    String currency = currency(document);
    CreditNoteType ubl = new CreditNoteType();
    ubl.setCustomizationID(CUSTOMIZATION);
    ubl.setProfileID(PROFILE);
    ubl.setID(document.number());
    ubl.setIssueDate(document.issueDate());
    ubl.setCreditNoteTypeCode(CREDIT_NOTE);
    ubl.setDocumentCurrencyCode(currency);
    ubl.setBuyerReference(buyerReference(document));
    BillingReferenceType billing = new BillingReferenceType();
    DocumentReferenceType invoice = new DocumentReferenceType();
    invoice.setID(document.invoice().number().toString());
    invoice.setIssueDate(document.invoice().issueDate());
    billing.setInvoiceDocumentReference(invoice);
    ubl.addBillingReference(billing);
    ubl.setAccountingSupplierParty(supplier(document));
    ubl.setAccountingCustomerParty(customer(document, buyerAddress));
    ubl.addTaxTotal(taxTotal(document));
    ubl.setLegalMonetaryTotal(monetaryTotal(document));
    for (int i = 0; i < document.lines().size(); i++) {
      InvoiceDocument.Line line = document.lines().get(i);
      CreditNoteLineType ubLine = new CreditNoteLineType();
      ubLine.setID(Integer.toString(i + 1));
      CreditedQuantityType quantity = ubLine.setCreditedQuantity(line.quantity());
      quantity.setUnitCode(UNIT);
      amount(ubLine.setLineExtensionAmount(line.total().getAmount()), currency);
      ubLine.setItem(item(line, document));
      ubLine.setPrice(price(line, currency));
      ubl.addCreditNoteLine(ubLine);
    }
    return ubl;
  }

  /** What the buyer knows the invoice by, required by Peppol: the contract, or the activity, it bills. */
  private static String buyerReference(InvoiceDocument document) {
    return document.invoice().contract() != null ? document.invoice().contract().toString() : document.invoice().activity().toString();
  }

  private static Optional<PeriodType> period(InvoiceDocument document) {
    if (document.contract() == null) return Optional.empty();
    PeriodType period = new PeriodType();
    period.setStartDate(document.contract().start());
    period.setEndDate(document.contract().end());
    return Optional.of(period);
  }

  private static SupplierPartyType supplier(InvoiceDocument document) {
    Issuer issuer = document.issuer();
    PartyType party = new PartyType();
    party.setEndpointID(endpoint(issuer.electronicAddress()));
    party.setPostalAddress(address(issuer.address(), document.invoice().entity().value()));
    if (VatCategory.of(document.vatDecision()).namesVatNumbers()) party.addPartyTaxScheme(vatScheme(issuer.vatNumber()));
    PartyLegalEntityType legal = new PartyLegalEntityType();
    legal.setRegistrationName(issuer.legalName());
    if (issuer.companyId() != null) legal.setCompanyID(issuer.companyId());
    party.addPartyLegalEntity(legal);
    SupplierPartyType supplier = new SupplierPartyType();
    supplier.setParty(party);
    return supplier;
  }

  private static CustomerPartyType customer(InvoiceDocument document, ElectronicAddress buyerAddress) {
    Client client = document.client();
    PartyType party = new PartyType();
    party.setEndpointID(endpoint(buyerAddress));
    party.setPostalAddress(address(client.address(), client.country()));
    if (client.vatNumber() != null && VatCategory.of(document.vatDecision()).namesVatNumbers()) {
      party.addPartyTaxScheme(vatScheme(client.vatNumber()));
    }
    PartyLegalEntityType legal = new PartyLegalEntityType();
    legal.setRegistrationName(client.name());
    party.addPartyLegalEntity(legal);
    CustomerPartyType customer = new CustomerPartyType();
    customer.setParty(party);
    return customer;
  }

  private static EndpointIDType endpoint(ElectronicAddress address) {
    EndpointIDType endpoint = new EndpointIDType();
    endpoint.setValue(address.identifier());
    endpoint.setSchemeID(address.scheme());
    return endpoint;
  }

  /** A postal address; only the country when the street, postcode and city are not known. */
  private static AddressType address(PostalAddress postal, String country) {
    AddressType address = new AddressType();
    if (postal != null) {
      address.setStreetName(postal.street());
      address.setCityName(postal.city());
      address.setPostalZone(postal.postcode());
    }
    CountryType countryType = new CountryType();
    countryType.setIdentificationCode(country);
    address.setCountry(countryType);
    return address;
  }

  private static PartyTaxSchemeType vatScheme(String vatNumber) {
    PartyTaxSchemeType scheme = new PartyTaxSchemeType();
    scheme.setCompanyID(vatNumber);
    scheme.setTaxScheme(vatTaxScheme());
    return scheme;
  }

  private static PaymentMeansType paymentMeans(InvoiceDocument document) {
    Issuer issuer = document.issuer();
    PaymentMeansType means = new PaymentMeansType();
    means.setPaymentMeansCode(SEPA_CREDIT_TRANSFER);
    means.addPaymentID(new PaymentIDType(document.paymentReference().text()));
    FinancialAccountType account = new FinancialAccountType();
    account.setID(issuer.iban());
    account.setName(issuer.legalName());
    if (issuer.bic() != null) {
      BranchType branch = new BranchType();
      branch.setID(issuer.bic());
      account.setFinancialInstitutionBranch(branch);
    }
    means.setPayeeFinancialAccount(account);
    return means;
  }

  private static TaxTotalType taxTotal(InvoiceDocument document) {
    String currency = currency(document);
    TaxTotalType total = new TaxTotalType();
    amount(total.setTaxAmount(document.vat().getAmount()), currency);
    TaxSubtotalType subtotal = new TaxSubtotalType();
    amount(subtotal.setTaxableAmount(document.net().getAmount()), currency);
    amount(subtotal.setTaxAmount(document.vat().getAmount()), currency);
    TaxCategoryType category = taxCategory(document);
    VatCategory vat = VatCategory.of(document.vatDecision());
    if (vat.exemptionCode() != null) {
      category.setTaxExemptionReasonCode(vat.exemptionCode());
      category.addTaxExemptionReason(new TaxExemptionReasonType(document.vatDecision().mention()));
    }
    subtotal.setTaxCategory(category);
    total.addTaxSubtotal(subtotal);
    return total;
  }

  /** The VAT category of the document, its rate omitted outside the scope of VAT (EN 16931 BR-O-05). */
  private static TaxCategoryType taxCategory(InvoiceDocument document) {
    VatCategory vat = VatCategory.of(document.vatDecision());
    TaxCategoryType category = new TaxCategoryType();
    category.setID(vat.code());
    if (vat.namesVatNumbers()) category.setPercent(vat.percent());
    category.setTaxScheme(vatTaxScheme());
    return category;
  }

  private static MonetaryTotalType monetaryTotal(InvoiceDocument document) {
    String currency = currency(document);
    MonetaryTotalType total = new MonetaryTotalType();
    amount(total.setLineExtensionAmount(document.net().getAmount()), currency);
    amount(total.setTaxExclusiveAmount(document.net().getAmount()), currency);
    amount(total.setTaxInclusiveAmount(document.total().getAmount()), currency);
    amount(total.setPayableAmount(document.total().getAmount()), currency);
    return total;
  }

  private static ItemType item(InvoiceDocument.Line line, InvoiceDocument document) {
    ItemType item = new ItemType();
    item.setName(line.description());
    item.addClassifiedTaxCategory(taxCategory(document));
    return item;
  }

  private static PriceType price(InvoiceDocument.Line line, String currency) {
    PriceType price = new PriceType();
    amount(price.setPriceAmount(line.unitPrice().getAmount()), currency);
    return price;
  }

  private static TaxSchemeType vatTaxScheme() {
    TaxSchemeType scheme = new TaxSchemeType();
    scheme.setID(VAT);
    return scheme;
  }

  private static String currency(InvoiceDocument document) {
    return document.net().getCurrencyUnit().getCode();
  }

  private static void amount(AmountType amount, String currency) {
    amount.setCurrencyID(currency);
  }
}
