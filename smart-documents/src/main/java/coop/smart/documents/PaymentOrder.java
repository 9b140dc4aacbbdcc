package coop.smart.documents;

import coop.smart.core.entity.Issuer;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.member.BankAccount;
import coop.smart.core.payout.BankTransfer;
import coop.smart.core.payout.PayoutDay;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.xml.sax.SAXException;

/**
 * A day's transfers to members as the payment order a bank takes: an ISO 20022 SEPA credit-transfer
 * initiation, {@code pain.001.001.03}, one transaction per transfer, debiting the entity's account.
 * Written from the recorded transfers alone, so the same day gives the same bytes: its message id
 * counts the day's transfers (recorded only, never changed: a count names one set of them) and its
 * creation time is the latest one's recording. Every file is validated against the official schema
 * before it is answered.
 */
public final class PaymentOrder {

  /** Rule code of the refusal of a payment order whose transfers are all withheld: a pain.001 holds one at least. */
  public static final String ALL_WITHHELD = "ALL_TRANSFERS_WITHHELD";
  /** Rule code of the refusal of a payment order in another currency than the euro, the only one SEPA transfers carry. */
  public static final String EURO_ONLY = "SEPA_EURO_ONLY";

  private static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.03";
  private static final Schema SCHEMA = schema();
  /** ISO 20022 purpose codes: a salary, business expenses. */
  private static final String SALARY = "SALA";
  private static final String EXPENSES = "BEXP";

  private PaymentOrder() {
  }

  /**
   * The pain.001 of {@code day}'s orderable transfers, paid from the entity's account.
   *
   * @throws BusinessRuleException {@value Issuer#INCOMPLETE_ISSUER} while the entity's data lacks its
   *     legal name or IBAN; {@value #EURO_ONLY} for an entity paying in another currency;
   *     {@value #ALL_WITHHELD} when no transfer of the day can be ordered
   */
  public static byte[] render(NationalEntity entity, PayoutDay day) {
    Issuer debtor = entity.issuer().debtor(entity.code());
    if (!day.currency().equals(CurrencyUnit.EUR)) {
      throw new BusinessRuleException(EURO_ONLY, "a SEPA credit transfer carries euros; " + entity.code() + " pays in " + day.currency());
    }
    if (day.orderable().isEmpty()) {
      throw new BusinessRuleException(ALL_WITHHELD, "the " + day.withheld().size() + " transfers of " + day.on()
          + " are all withheld, their members having given no bank account: " + day.withheld().stream()
          .map(transfer -> transfer.member().toString()).distinct().collect(Collectors.joining(", ")));
    }
    byte[] file = write(entity, debtor, day);
    validate(file);
    return file;
  }

  /**
   * Checks {@code file} against the official pain.001.001.03 schema.
   *
   * @throws IllegalStateException naming the first place it breaks the schema
   */
  public static void validate(byte[] file) {
    try {
      SCHEMA.newValidator().validate(new StreamSource(new ByteArrayInputStream(file)));
    } catch (SAXException e) {
      throw new IllegalStateException("a payment order breaks the pain.001.001.03 schema: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The message id of {@code day}'s order: the entity, the day and how many transfers it holds. */
  static String messageId(NationalEntity entity, PayoutDay day) {
    return "SMART-" + entity.code() + "-" + day.on().format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + day.orderable().size();
  }

  private static byte[] write(NationalEntity entity, Issuer debtor, PayoutDay day) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
      Indented xml = new Indented(writer);
      writer.writeStartDocument("UTF-8", "1.0");
      writer.writeCharacters("\n");
      writer.writeStartElement("Document");
      writer.writeDefaultNamespace(NAMESPACE);
      xml.open("CstmrCdtTrfInitn");
      String messageId = messageId(entity, day);
      String count = Integer.toString(day.orderable().size());
      String sum = amount(day.controlSum());
      xml.open("GrpHdr");
      xml.leaf("MsgId", messageId);
      xml.leaf("CreDtTm", day.orderable().stream().map(BankTransfer::recordedAt).max(Comparator.naturalOrder()).map(Instant::toString).orElseThrow());
      xml.leaf("NbOfTxs", count);
      xml.leaf("CtrlSum", sum);
      xml.open("InitgPty");
      xml.leaf("Nm", name(debtor.legalName()));
      xml.close();
      xml.close();
      xml.open("PmtInf");
      xml.leaf("PmtInfId", messageId);
      xml.leaf("PmtMtd", "TRF");
      xml.leaf("NbOfTxs", count);
      xml.leaf("CtrlSum", sum);
      xml.open("PmtTpInf");
      xml.open("SvcLvl");
      xml.leaf("Cd", "SEPA");
      xml.close();
      xml.close();
      xml.leaf("ReqdExctnDt", day.on().toString());
      xml.open("Dbtr");
      xml.leaf("Nm", name(debtor.legalName()));
      xml.close();
      account(xml, "DbtrAcct", debtor.iban());
      xml.open("DbtrAgt");
      xml.open("FinInstnId");
      if (debtor.bic() == null) {
        xml.open("Othr");
        xml.leaf("Id", "NOTPROVIDED");
        xml.close();
      } else {
        xml.leaf("BIC", compact(debtor.bic()));
      }
      xml.close();
      xml.close();
      xml.leaf("ChrgBr", "SLEV");
      for (BankTransfer transfer : day.orderable()) transaction(xml, transfer);
      xml.close();
      xml.close();
      writer.writeCharacters("\n");
      writer.writeEndElement();
      writer.writeCharacters("\n");
      writer.writeEndDocument();
      writer.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write the payment order of " + day.on(), e);
    }
    return out.toByteArray();
  }

  private static void transaction(Indented xml, BankTransfer transfer) throws XMLStreamException {
    BankAccount account = transfer.account();
    xml.open("CdtTrfTxInf");
    xml.open("PmtId");
    xml.leaf("EndToEndId", transfer.endToEndId());
    xml.close();
    xml.open("Amt");
    xml.leaf("InstdAmt", "Ccy", transfer.amount().getCurrencyUnit().getCode(), amount(transfer.amount()));
    xml.close();
    if (account.bic() != null) {
      xml.open("CdtrAgt");
      xml.open("FinInstnId");
      xml.leaf("BIC", account.bic());
      xml.close();
      xml.close();
    }
    xml.open("Cdtr");
    xml.leaf("Nm", name(transfer.creditor()));
    xml.close();
    account(xml, "CdtrAcct", account.iban());
    xml.open("Purp");
    xml.leaf("Cd", transfer.contract() == null ? EXPENSES : SALARY);
    xml.close();
    xml.open("RmtInf");
    xml.leaf("Ustrd", transfer.remittance());
    xml.close();
    xml.close();
  }

  private static void account(Indented xml, String element, String iban) throws XMLStreamException {
    xml.open(element);
    xml.open("Id");
    xml.leaf("IBAN", compact(iban));
    xml.close();
    xml.close();
  }

  /** A name cut to the 70 characters (code points, as the schema counts them) a SEPA transfer carries. */
  static String name(String name) {
    String stripped = name.strip();
    if (stripped.codePointCount(0, stripped.length()) <= BankAccount.NAME_LENGTH) return stripped;
    return stripped.substring(0, stripped.offsetByCodePoints(0, BankAccount.NAME_LENGTH)).strip();
  }

  private static String amount(Money money) {
    return money.getAmount().toPlainString();
  }

  private static String compact(String code) {
    return code.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
  }

  private static Schema schema() {
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      return factory.newSchema(PaymentOrder.class.getResource("schema/pain.001.001.03.xsd"));
    } catch (SAXException e) {
      throw new IllegalStateException("cannot read the pain.001.001.03 schema unpacked at build time", e);
    }
  }

  /** Writes elements one per line, indented by their depth, so a person can read the file too. */
  private static final class Indented {

    private final XMLStreamWriter writer;
    private int depth = 1;

    Indented(XMLStreamWriter writer) {
      this.writer = writer;
    }

    void open(String name) throws XMLStreamException {
      indent();
      writer.writeStartElement(name);
      depth++;
    }

    void close() throws XMLStreamException {
      depth--;
      indent();
      writer.writeEndElement();
    }

    void leaf(String name, String text) throws XMLStreamException {
      indent();
      writer.writeStartElement(name);
      writer.writeCharacters(text);
      writer.writeEndElement();
    }

    void leaf(String name, String attribute, String value, String text) throws XMLStreamException {
      indent();
      writer.writeStartElement(name);
      writer.writeAttribute(attribute, value);
      writer.writeCharacters(text);
      writer.writeEndElement();
    }

    private void indent() throws XMLStreamException {
      writer.writeCharacters("\n" + "  ".repeat(depth));
    }
  }
}
