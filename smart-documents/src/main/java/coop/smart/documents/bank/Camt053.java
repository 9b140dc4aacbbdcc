package coop.smart.documents.bank;

import coop.smart.core.bank.BankEntry;
import coop.smart.core.bank.BankStatement;
import coop.smart.core.entity.Mod97;
import coop.smart.core.error.ValidationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.joda.money.CurrencyUnit;
import org.joda.money.IllegalCurrencyException;
import org.joda.money.Money;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads an ISO 20022 camt.053.001.02 bank to customer statement, as Belgian and French banks
 * deliver it: one statement of one account, its entries with their amounts, dates, payer and
 * remittance information. The file is validated against the schema ({@link Camt053Schema}) while
 * it is read, in one streaming pass, and then checked for what a schema cannot say: a known ISO
 * 4217 currency, no more decimals than it has, IBANs whose check digits hold, entries that are
 * booked. A file with a DTD is refused before anything else: no entity is ever expanded, no
 * external resource ever fetched.
 *
 * <p>Each problem is named with its line and column; a file with any is refused whole, as a
 * {@link ValidationException} on the field {@value #FIELD}.
 */
public final class Camt053 {

  /** The field a refusal names. */
  public static final String FIELD = "statement";
  /** Past this many problems, a refusal names no more. */
  private static final int MAX_PROBLEMS = 20;

  private Camt053() {
  }

  /** The statement {@code xml} holds, once it is valid. */
  public static BankStatement read(byte[] xml) {
    Reader reader = new Reader();
    try {
      parser().parse(new InputSource(new ByteArrayInputStream(xml)), reader);
    } catch (SAXParseException e) {
      reader.problem(e.getLineNumber(), e.getColumnNumber(), e.getMessage());
    } catch (SAXException e) {
      reader.problems.add(e.getMessage());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (reader.problems.isEmpty() && reader.statement == null) reader.problems.add("no camt.053.001.02 statement (Document/BkToCstmrStmt/Stmt)");
    if (!reader.problems.isEmpty()) throw new ValidationException(Map.of(FIELD, List.copyOf(reader.problems)));
    return reader.statement;
  }

  /** A namespace-aware parser validating against the schema, refusing DTDs and external entities. */
  private static SAXParser parser() {
    try {
      SAXParserFactory factory = SAXParserFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setXIncludeAware(false);
      factory.setSchema(Camt053Schema.schema());
      return factory.newSAXParser();
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("the XML parser cannot be made safe", e);
    }
  }

  /** Follows the elements, keeping the text of those it reads, and the problems found on the way. */
  private static final class Reader extends DefaultHandler {

    private final List<String> problems = new ArrayList<>();
    private final Deque<String> path = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private Locator locator;
    private BankStatement statement;
    private int statements;
    private String reference;
    private String iban;
    private final List<BankEntry> entries = new ArrayList<>();
    private Entry entry;

    /** An entry being read, and where it starts. */
    private static final class Entry {
      int line;
      int column;
      String amount;
      String currency;
      String direction;
      String status;
      String bookingDate;
      String valueDate;
      String servicerReference;
      String entryReference;
      String debtorName;
      String debtorIban;
      final StringBuilder remittance = new StringBuilder();
      String quotedReference;
    }

    @Override
    public void setDocumentLocator(Locator locator) {
      this.locator = locator;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
      if (path.isEmpty() && !(Camt053Schema.NAMESPACE.equals(uri) && localName.equals("Document"))) {
        problem("the root must be Document of " + Camt053Schema.NAMESPACE + " (camt.053.001.02), not " + localName
            + (uri.isEmpty() ? "" : " of " + uri));
      }
      path.push(localName);
      text.setLength(0);
      String at = at();
      if (at.equals("Stmt") && ++statements > 1) problem("one statement per file: this is statement " + statements);
      if (at.equals("Ntry")) {
        entry = new Entry();
        entry.line = locator.getLineNumber();
        entry.column = locator.getColumnNumber();
      }
      if (at.equals("Ntry/Amt")) entry.currency = attributes.getValue("Ccy");
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      text.append(ch, start, length);
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
      String at = at();
      String value = text.toString().trim();
      text.setLength(0);
      path.pop();
      switch (at) {
        case "Id" -> { if (path.size() == 3) reference = value; }
        case "Acct/Id/IBAN" -> iban = value;
        case "Ntry/Amt" -> entry.amount = value;
        case "Ntry/CdtDbtInd" -> entry.direction = value;
        case "Ntry/Sts" -> entry.status = value;
        case "Ntry/BookgDt/Dt", "Ntry/BookgDt/DtTm" -> entry.bookingDate = value;
        case "Ntry/ValDt/Dt", "Ntry/ValDt/DtTm" -> entry.valueDate = value;
        case "Ntry/AcctSvcrRef" -> entry.servicerReference = value;
        case "Ntry/NtryRef" -> entry.entryReference = value;
        case "Ntry/NtryDtls/TxDtls/RltdPties/Dbtr/Nm" -> entry.debtorName = value;
        case "Ntry/NtryDtls/TxDtls/RltdPties/DbtrAcct/Id/IBAN" -> entry.debtorIban = value;
        case "Ntry/NtryDtls/TxDtls/RmtInf/Ustrd" -> entry.remittance.append(entry.remittance.isEmpty() ? "" : " ").append(value);
        case "Ntry/NtryDtls/TxDtls/RmtInf/Strd/CdtrRefInf/Ref" -> { if (entry.quotedReference == null) entry.quotedReference = value; }
        case "Ntry" -> entry();
        case "Stmt" -> {
          if (problems.isEmpty()) statement = new BankStatement(reference, iban, entries);
        }
        default -> { }
      }
      if (at.equals("Acct/Id/IBAN") && !Mod97.isIban(value)) problem("the statement's account " + value + " is not an IBAN: its check digits fail");
    }

    /** The entry just read, checked for what the schema cannot check. */
    private void entry() {
      Entry read = entry;
      entry = null;
      int before = problems.size();
      String where = "entry at line " + read.line + ", column " + read.column + ": ";
      if (!"BOOK".equals(read.status)) {
        problems.add(where + "its status is " + read.status + ", not BOOK: a statement states booked entries only");
        return;
      }
      Money amount = amount(where, read.amount, read.currency);
      LocalDate booked = date(where, "BookgDt", read.bookingDate);
      LocalDate value = read.valueDate == null ? null : date(where, "ValDt", read.valueDate);
      if (read.debtorIban != null && !Mod97.isIban(read.debtorIban)) problems.add(where + "the payer's account " + read.debtorIban + " is not an IBAN");
      if (booked == null) problems.add(where + "it has no booking date (BookgDt)");
      if (problems.size() > before) return;
      String bankReference = read.servicerReference != null ? read.servicerReference
          : read.entryReference != null ? read.entryReference : reference + "/" + (entries.size() + 1);
      entries.add(new BankEntry(bankReference, amount, read.direction.equals("CRDT"), booked, value, read.debtorName, read.debtorIban,
          read.remittance.isEmpty() ? null : read.remittance.toString(), read.quotedReference));
    }

    private Money amount(String where, String text, String currency) {
      CurrencyUnit unit;
      try {
        unit = CurrencyUnit.of(currency);
      } catch (IllegalCurrencyException e) {
        problems.add(where + "the amount's currency " + currency + " is no ISO 4217 currency");
        return null;
      }
      BigDecimal amount = new BigDecimal(text);
      if (amount.stripTrailingZeros().scale() > unit.getDecimalPlaces()) {
        problems.add(where + "the amount " + text + " has more decimals than " + unit + "'s " + unit.getDecimalPlaces());
        return null;
      }
      if (amount.signum() <= 0) {
        problems.add(where + "the amount " + text + " is not positive: CdtDbtInd says which way it moved");
        return null;
      }
      return Money.of(unit, amount.setScale(unit.getDecimalPlaces()));
    }

    private LocalDate date(String where, String element, String text) {
      if (text == null) return null;
      try {
        return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
      } catch (DateTimeParseException e) {
        problems.add(where + element + " '" + text + "' is not a date");
        return null;
      }
    }

    @Override
    public void error(SAXParseException e) {
      problem(e.getLineNumber(), e.getColumnNumber(), e.getMessage());
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }

    void problem(String message) {
      problem(locator == null ? -1 : locator.getLineNumber(), locator == null ? -1 : locator.getColumnNumber(), message);
    }

    void problem(int line, int column, String message) {
      if (problems.size() < MAX_PROBLEMS) problems.add("line " + line + ", column " + column + ": " + message);
    }

    /** The current element's path from inside the statement ({@code Ntry/Amt}), or its name above it. */
    private String at() {
      List<String> names = new ArrayList<>(path);
      java.util.Collections.reverse(names);
      int statementAt = names.indexOf("Stmt");
      if (statementAt < 0) return names.isEmpty() ? "" : names.get(names.size() - 1);
      return statementAt == names.size() - 1 ? "Stmt" : String.join("/", names.subList(statementAt + 1, names.size()));
    }
  }
}
