package coop.smart.documents.bank;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.xml.sax.SAXException;

/**
 * The XML schema of camt.053.001.02, the bank to customer statement Belgian and French banks
 * deliver. No artifact on Maven Central ships its official XSD; its sibling camt.052.001.02
 * (bank to customer account report, of the same 2009 release) is shipped, and the two declare
 * the very same types but for the root: {@code BkToCstmrStmt} holding {@code Stmt}s where the
 * report has {@code BkToCstmrAcctRpt} holding {@code Rpt}s, its additional information named
 * {@code AddtlStmtInf}, and at least one balance ({@code Bal}) per statement. This class
 * rewrites exactly those names in the camt.052.001.02 schema, unpacked at build, and fails at once
 * if any of them is not where it expects it; everything else (amounts, codes, IBAN and BIC
 * patterns, lengths, dates) is checked by the official type definitions as they are.
 */
final class Camt053Schema {

  static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02";
  private static final String REPORT_SCHEMA = "camt.052.001.02.xsd";
  private static final String REPORT_NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:camt.052.001.02";

  private static final Schema SCHEMA = compile();

  private Camt053Schema() {
  }

  static Schema schema() {
    return SCHEMA;
  }

  /** The camt.053.001.02 schema's text, from the camt.052.001.02 one. */
  static String text() {
    String report;
    try (InputStream in = Objects.requireNonNull(Camt053Schema.class.getResourceAsStream(REPORT_SCHEMA),
        REPORT_SCHEMA + " is unpacked beside this class at build")) {
      report = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String statement = replaceAll(report, REPORT_NAMESPACE, NAMESPACE, 2);
    statement = replaceOnce(statement, "<xs:element name=\"BkToCstmrAcctRpt\" type=\"BankToCustomerAccountReportV02\"/>",
        "<xs:element name=\"BkToCstmrStmt\" type=\"BankToCustomerAccountReportV02\"/>");
    statement = replaceOnce(statement, "<xs:element maxOccurs=\"unbounded\" minOccurs=\"1\" name=\"Rpt\" type=\"AccountReport11\"/>",
        "<xs:element maxOccurs=\"unbounded\" minOccurs=\"1\" name=\"Stmt\" type=\"AccountReport11\"/>");
    statement = replaceOnce(statement, "<xs:element maxOccurs=\"unbounded\" minOccurs=\"0\" name=\"Bal\" type=\"CashBalance3\"/>",
        "<xs:element maxOccurs=\"unbounded\" minOccurs=\"1\" name=\"Bal\" type=\"CashBalance3\"/>");
    return replaceOnce(statement, "name=\"AddtlRptInf\"", "name=\"AddtlStmtInf\"");
  }

  private static Schema compile() {
    try {
      SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      return factory.newSchema(new StreamSource(new StringReader(text()), NAMESPACE));
    } catch (SAXException e) {
      throw new IllegalStateException("the camt.053.001.02 schema does not compile", e);
    }
  }

  private static String replaceOnce(String text, String target, String replacement) {
    return replaceAll(text, target, replacement, 1);
  }

  private static String replaceAll(String text, String target, String replacement, int expected) {
    int found = text.split(Pattern.quote(target), -1).length - 1;
    if (found != expected) {
      throw new IllegalStateException(REPORT_SCHEMA + " holds '" + target + "' " + found + " times, not " + expected + ": it is not the schema expected");
    }
    return text.replace(target, replacement);
  }
}
