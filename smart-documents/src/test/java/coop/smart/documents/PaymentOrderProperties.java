package coop.smart.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.contract.ContractId;
import coop.smart.core.contract.PayBreakdown;
import coop.smart.core.contract.PayRules;
import coop.smart.core.contract.SalaryPayment;
import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.Issuer;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.ledger.Account;
import coop.smart.core.ledger.AccountType;
import coop.smart.core.ledger.JournalEntry;
import coop.smart.core.ledger.Posting;
import coop.smart.core.member.BankAccount;
import coop.smart.core.member.Ibans;
import coop.smart.core.member.Member;
import coop.smart.core.member.PersonKind;
import coop.smart.core.money.Rate;
import coop.smart.core.payout.BankTransfer;
import coop.smart.core.payout.PayoutDay;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * The payment order of a run's salaries: for random runs (amounts, names with accents or too long
 * for a transfer, IBANs of several countries), the file validates against the official schema, its
 * control sum and count are its transfers', and they pay what the run credited to the bank account.
 */
class PaymentOrderProperties {

  private static final LocalDate RUN = LocalDate.of(2026, 11, 24);
  private static final Instant RECORDED = Instant.parse("2026-11-24T09:30:00Z");

  /** A salary a run pays: the member's name and account, what was invoiced and the expenses refunded. */
  record Salary(String name, String iban, String bic, BigDecimal invoiced, BigDecimal expenses) {
  }

  @Provide
  Arbitrary<List<Salary>> runs() {
    return salaries().list().ofMinSize(1).ofMaxSize(25);
  }

  private static Arbitrary<Salary> salaries() {
    Arbitrary<String> names = Arbitraries.strings().withChars("abcdeéèçàôüßøÅŁ -'").ofMinLength(1).ofMaxLength(120)
        .filter(name -> !name.isBlank()).map(name -> "M " + name);
    Arbitrary<BigDecimal> invoiced = Arbitraries.bigDecimals().between(new BigDecimal("150.00"), new BigDecimal("25000.00")).ofScale(2);
    Arbitrary<BigDecimal> expenses = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("90.00")).ofScale(2);
    return Combinators.combine(names, Ibans.any(), Arbitraries.of("XMPLBEBB", "COBADEFFXXX").injectNull(0.5), invoiced, expenses)
        .as(Salary::new);
  }

  @Property(tries = 60)
  void aRunsPaymentOrder_validates_andPaysWhatTheRunCreditedToTheBank(@ForAll("runs") List<Salary> run)
      throws Exception {
    Money creditedToBank = Money.zero(CurrencyUnit.EUR);
    List<BankTransfer> transfers = new ArrayList<>();
    for (Salary salary : run) {
      PayBreakdown pay = PayRules.of(Examples.BE, ContractType.EMPLOYEE, HolderKind.INDIVIDUAL, RUN)
          .forward(Money.of(CurrencyUnit.EUR, salary.invoiced()), Money.of(CurrencyUnit.EUR, salary.expenses()), Rate.parse("0.1775"));
      ContractId contract = ContractId.next();
      JournalEntry entry = SalaryPayment.credit(JournalEntry.on(Examples.BE.code(), RUN, "salary"), pay)
          .debit(SalaryPayment.payroll(contract), SalaryPayment.owed(pay)).build();
      creditedToBank = creditedToBank.minus(entry.postings().stream().filter(posting -> posting.account().equals(Account.of(AccountType.BANK)))
          .map(Posting::amount).reduce(Money.zero(CurrencyUnit.EUR), Money::plus));
      Member member = Member.join(Examples.BE.code(), PersonKind.NATURAL_PERSON, salary.name())
          .withBankAccount(new BankAccount(salary.iban(), salary.bic(), null));
      transfers.add(BankTransfer.salary(member, contract, SalaryPayment.toBank(pay), RUN, RECORDED));
    }
    PayoutDay day = PayoutDay.of(RUN, CurrencyUnit.EUR, transfers);

    byte[] file = PaymentOrder.render(Examples.BE, day);

    PaymentOrder.validate(file);
    Document xml = parse(file);
    assertThat(text(xml, "NbOfTxs", 0)).isEqualTo(Integer.toString(run.size())).isEqualTo(text(xml, "NbOfTxs", 1));
    BigDecimal controlSum = new BigDecimal(text(xml, "CtrlSum", 0));
    assertThat(controlSum).isEqualTo(new BigDecimal(text(xml, "CtrlSum", 1))).isEqualTo(day.controlSum().getAmount())
        .isEqualTo(creditedToBank.getAmount());
    NodeList amounts = xml.getElementsByTagName("InstdAmt");
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < amounts.getLength(); i++) sum = sum.add(new BigDecimal(amounts.item(i).getTextContent()));
    assertThat(sum).isEqualTo(controlSum);
    NodeList creditors = xml.getElementsByTagName("Cdtr");
    for (int i = 0; i < creditors.getLength(); i++) {
      String name = creditors.item(i).getTextContent().strip();
      assertThat(name.codePointCount(0, name.length())).isBetween(1, 70);
      assertThat(run.get(i).name().strip()).startsWith(name);
    }
    assertThat(PaymentOrder.render(Examples.BE, day)).as("the same day, the same bytes").isEqualTo(file);
  }

  @Example
  void theTransfersOfMembersWithoutAnAccount_areLeftOut_andOrderNothingAlone() throws Exception {
    Member paid = Member.join(Examples.BE.code(), PersonKind.NATURAL_PERSON, "Lena Maes").withBankAccount(new BankAccount(Ibans.DUTCH, null, null));
    Member unpaid = Member.join(Examples.BE.code(), PersonKind.NATURAL_PERSON, "Tom Peeters");
    BankTransfer withheld = BankTransfer.salary(unpaid, ContractId.next(), Examples.eur("812.40"), RUN, RECORDED);
    PayoutDay day = PayoutDay.of(RUN, CurrencyUnit.EUR,
        List.of(BankTransfer.salary(paid, ContractId.next(), Examples.eur("1203.17"), RUN, RECORDED), withheld));

    Document xml = parse(PaymentOrder.render(Examples.BE, day));

    assertThat(text(xml, "NbOfTxs", 0)).isEqualTo("1");
    assertThat(text(xml, "CtrlSum", 0)).isEqualTo("1203.17");
    assertThat(text(xml, "ReqdExctnDt", 0)).isEqualTo("2026-11-24");
    assertThat(text(xml, "MsgId", 0)).isEqualTo("SMART-BE-20261124-1");
    assertThat(text(xml, "CreDtTm", 0)).isEqualTo("2026-11-24T09:30:00Z");
    assertThat(xml.getDocumentElement().getTextContent()).contains("SMart", "BE68539007547034", "XMPLBEBB", Ibans.DUTCH, "Lena Maes", "SALA")
        .doesNotContain("Tom Peeters");
    assertThatThrownBy(() -> PaymentOrder.render(Examples.BE, PayoutDay.of(RUN, CurrencyUnit.EUR, List.of(withheld))))
        .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.rule()).isEqualTo(PaymentOrder.ALL_WITHHELD))
        .hasMessageContaining(unpaid.id().toString());
  }

  @Example
  void anEntityWhoseDataNamesNoAccount_isRefused_namingWhatIsMissing() {
    Member member = Member.join(Examples.BE.code(), PersonKind.NATURAL_PERSON, "Lena Maes").withBankAccount(new BankAccount(Ibans.GERMAN, null, null));
    PayoutDay day = PayoutDay.of(RUN, CurrencyUnit.EUR, List.of(BankTransfer.salary(member, ContractId.next(), Examples.eur("10.00"), RUN, RECORDED)));

    assertThatThrownBy(() -> PaymentOrder.render(EntityCatalog.standard().entity("DE"), day))
        .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(e.rule()).isEqualTo(Issuer.INCOMPLETE_ISSUER))
        .hasMessageContaining("iban");
  }

  @Example
  void aFileBreakingTheSchema_isRefused() {
    byte[] broken = "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.001.001.03\"><CstmrCdtTrfInitn/></Document>"
        .getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> PaymentOrder.validate(broken)).isInstanceOf(IllegalStateException.class).hasMessageContaining("GrpHdr");
  }

  private static Document parse(byte[] file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(file));
  }

  private static String text(Document xml, String element, int index) {
    return xml.getElementsByTagName(element).item(index).getTextContent();
  }
}
