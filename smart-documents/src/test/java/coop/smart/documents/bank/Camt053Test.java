package coop.smart.documents.bank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.bank.BankEntry;
import coop.smart.core.bank.BankStatement;
import coop.smart.core.error.ValidationException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class Camt053Test {

  private static final String ACCOUNT = "BE68539007547034";
  private static final LocalDate DAY = LocalDate.of(2017, 7, 14); // Fri

  @Test
  void read_aStatementOfCreditsAndDebits_givesEachEntryAsTheBankStatesIt() {
    BankStatement statement = Camt053.read(new StatementFile("STMT-2017-195", ACCOUNT, DAY)
        .credit("REF-1", Money.parse("EUR 1210.00"), DAY, "Théâtre & Cie", "FR1420041010050500013M02606", "+++170/0000/04261+++", "invoice 42")
        .credit("REF-2", Money.parse("EUR 15.5"), DAY, null, null, null, null)
        .debit("REF-3", Money.parse("EUR 99.99"), DAY, "bank fees")
        .bytes());

    assertThat(statement.reference()).isEqualTo("STMT-2017-195");
    assertThat(statement.iban()).isEqualTo(ACCOUNT);
    assertThat(statement.entries()).containsExactly(
        new BankEntry("REF-1", Money.parse("EUR 1210.00"), true, DAY, DAY, "Théâtre & Cie", "FR1420041010050500013M02606", "invoice 42",
            "+++170/0000/04261+++"),
        new BankEntry("REF-2", Money.parse("EUR 15.50"), true, DAY, DAY, null, null, null, null),
        new BankEntry("REF-3", Money.parse("EUR 99.99"), false, DAY, DAY, null, null, "bank fees", null));
  }

  @Test
  void theSchema_isCamt053_derivedFromItsCamt052Sibling() {
    String schema = Camt053Schema.text();
    assertThat(schema).contains("targetNamespace=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"", "name=\"BkToCstmrStmt\"",
        "name=\"Stmt\"", "minOccurs=\"1\" name=\"Bal\"", "name=\"AddtlStmtInf\"").doesNotContain("camt.052", "name=\"Rpt\"");
  }

  @Test
  void read_refusesWhatTheSchemaRefuses_namingLineAndColumn() {
    String xml = new StatementFile("S1", ACCOUNT, DAY).credit("R1", Money.parse("EUR 10.00"), DAY, null, null, null, null).xml()
        .replace("<Sts>BOOK</Sts>", "<Status>BOOK</Status>");

    assertThatThrownBy(() -> Camt053.read(xml.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(Camt053.FIELD))
            .anySatisfy(message -> assertThat(message).startsWith("line 14, column 17").contains("Status")));
  }

  @Test
  void read_refusesAReportOrAnotherVersion() {
    String xml = new StatementFile("S1", ACCOUNT, DAY).xml().replace("camt.053.001.02", "camt.053.001.08");

    assertThatThrownBy(() -> Camt053.read(xml.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(Camt053.FIELD))
            .anySatisfy(message -> assertThat(message).contains("camt.053.001.02")));
  }

  @Test
  void read_refusesWhatTheSchemaCannotSay_decimalsCurrencyAndIbanCheckDigits() {
    String xml = new StatementFile("S1", ACCOUNT, DAY)
        .credit("R1", Money.parse("EUR 10.00"), DAY, null, null, null, null)
        .credit("R2", Money.parse("EUR 10.00"), DAY, null, null, null, null)
        .credit("R3", Money.parse("EUR 10.00"), DAY, "Payer", "BE68539007547035", null, null).xml()
        .replaceFirst("10\\.00</Amt>", "10.001</Amt>")
        .replaceFirst("Ccy=\"EUR\">10\\.00<", "Ccy=\"XYZ\">10.00<");

    assertThatThrownBy(() -> Camt053.read(xml.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(Camt053.FIELD)).satisfiesExactly(
            first -> assertThat(first).contains("10.001", "more decimals than EUR"),
            second -> assertThat(second).contains("XYZ is no ISO 4217 currency"),
            third -> assertThat(third).contains("BE68539007547035 is not an IBAN")));
  }

  @Test
  void read_refusesADoctype_soNoEntityIsExpanded() {
    String xml = new StatementFile("S1", ACCOUNT, DAY).xml()
        .replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE Document [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n")
        .replace("<Id>S1</Id>", "<Id>&secret;</Id>");

    assertThatThrownBy(() -> Camt053.read(xml.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(Camt053.FIELD))
            .singleElement().satisfies(message -> assertThat(message).startsWith("line 2, column").contains("DOCTYPE")));
  }

  @Test
  void read_refusesWhatIsNotXml() {
    assertThatThrownBy(() -> Camt053.read("{\"not\": \"xml\"}".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors().get(Camt053.FIELD)).singleElement()
            .satisfies(message -> assertThat(message).startsWith("line 1, column 1")));
  }
}
