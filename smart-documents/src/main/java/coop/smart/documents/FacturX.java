package coop.smart.documents;

import coop.smart.core.client.Client;
import coop.smart.core.entity.Issuer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.mustangproject.BankDetails;
import org.mustangproject.Invoice;
import org.mustangproject.Item;
import org.mustangproject.LegalOrganisation;
import org.mustangproject.Product;
import org.mustangproject.TradeParty;
import org.mustangproject.ZUGFeRD.Profiles;
import org.mustangproject.ZUGFeRD.ZUGFeRDExporterFromA3;

/**
 * The Factur-X hybrid of an invoice's PDF/A-3: the same document as an EN 16931 (profile
 * EN 16931) Cross Industry Invoice, written by the Mustang library and embedded as
 * {@code factur-x.xml} with the XMP metadata that announces it.
 */
final class FacturX {

  /** UN/ECE rec. 20 unit code "one", for lines that count services. */
  private static final String UNIT = "C62";

  private FacturX() {
  }

  static byte[] embed(byte[] pdfA3, InvoiceDocument document) {
    try (ZUGFeRDExporterFromA3 exporter = new ZUGFeRDExporterFromA3()) {
      exporter.setProducer("SMart documents").setCreator(document.issuer().legalName()).setProfile(Profiles.getByName("EN16931"))
          .load(pdfA3);
      exporter.setTransaction(invoice(document));
      ByteArrayOutputStream out = new ByteArrayOutputStream(pdfA3.length + 16 * 1024);
      exporter.export(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot embed the Factur-X invoice " + document.number(), e);
    }
  }

  /** The document in Mustang's model, from which it writes the CII. */
  static Invoice invoice(InvoiceDocument document) {
    VatCategory category = VatCategory.of(document.vatDecision());
    Invoice invoice = new Invoice()
        .setNumber(document.number())
        .setIssueDate(date(document.issueDate()))
        .setDeliveryDate(date(document.contract() != null ? document.contract().end() : document.invoice().issueDate()))
        .setCurrency(document.net().getCurrencyUnit().getCode())
        .setSender(seller(document.issuer(), document.invoice().entity().value(), category))
        .setRecipient(buyer(document.client(), category));
    if (document.isCreditNote()) {
      invoice.setCreditNote().setInvoiceReferencedDocumentID(document.invoice().number().toString())
          .setInvoiceReferencedIssueDate(date(document.invoice().issueDate()));
    } else {
      invoice.setDueDate(date(document.dueDate())).setPaymentReference(document.paymentReference().text());
    }
    if (category.exemptionCode() != null) invoice.addNote(document.vatDecision().mention());
    for (InvoiceDocument.Line line : document.lines()) {
      Product product = new Product(line.description(), "", UNIT, category.percent()).setTaxCategoryCode(category.code());
      if (category.exemptionCode() != null) {
        product.setTaxExemptionReason(document.vatDecision().mention()).setTaxExemptionReasonCode(category.exemptionCode());
      }
      invoice.addItem(new Item(product, line.unitPrice().getAmount(), line.quantity()));
    }
    return invoice;
  }

  private static TradeParty seller(Issuer issuer, String country, VatCategory category) {
    TradeParty seller = new TradeParty(issuer.legalName(), issuer.address().street(), issuer.address().postcode(), issuer.address().city(),
        country).addBankDetails(issuer.bic() == null ? new BankDetails(issuer.iban()) : new BankDetails(issuer.iban(), issuer.bic()));
    if (category.namesVatNumbers()) seller.addVATID(issuer.vatNumber());
    if (issuer.companyId() != null) seller.setLegalOrganisation(new LegalOrganisation(issuer.companyId()));
    seller.setEmail(issuer.electronicAddress().scheme(), issuer.electronicAddress().identifier());
    return seller;
  }

  private static TradeParty buyer(Client client, VatCategory category) {
    TradeParty buyer = client.address() == null ? new TradeParty().setName(client.name()).setCountry(client.country())
        : new TradeParty(client.name(), client.address().street(), client.address().postcode(), client.address().city(), client.country());
    if (client.vatNumber() != null && category.namesVatNumbers()) buyer.addVATID(client.vatNumber());
    client.peppolAddress().ifPresent(address -> buyer.setEmail(address.scheme(), address.identifier()));
    return buyer;
  }

  /** Mustang writes dates in the default time zone: midnight there is the day itself. */
  private static Date date(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }
}
