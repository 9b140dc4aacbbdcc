package coop.smart.documents;

import static org.assertj.core.api.Assertions.assertThat;

import coop.smart.core.client.Client;
import coop.smart.core.contract.Contract;
import coop.smart.core.contract.ContractPay;
import coop.smart.core.contract.PayBreakdown;
import coop.smart.core.contract.QuotaUsage;
import coop.smart.core.entity.Language;
import coop.smart.core.entity.Trace;
import coop.smart.core.member.Member;
import coop.smart.documents.Examples.Case;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The pay slip and the employment contract read back: every figure and term, in the member's language. */
class EmploymentDocumentsTest {

  private static Employment employment(Language language) {
    Client client = Examples.client(Case.STANDARD);
    Member member = Examples.member(Examples.BE, language);
    Contract contract = Examples.contract(Examples.BE, member, client, "ASSOCIATED_PRODUCTIONS");
    return new Employment(Examples.BE, contract, member, client);
  }

  @Test
  void paySlip_printsThePayFromInvoiceToNet_thePaymentDate_andTheRulesSources() throws Exception {
    Employment employment = employment(Language.NL);
    Trace.Recorded trace = Trace.recorded();
    ContractPay pay = employment.contract().pay(Examples.BE, QuotaUsage.NONE, trace);
    PaySlip slip = PaySlip.of(employment, pay, trace.explanation());
    byte[] pdf = slip.pdf();
    Pages.keep("pay-slip", pdf);
    Labels t = Labels.of(Language.NL);
    PayBreakdown figures = pay.breakdown();
    List<String> mandatory = new ArrayList<>(List.of(t.text("paySlip.title"), employment.member().name(), employment.employer().legalName(),
        t.money(figures.invoicedAmount()), t.money(figures.fee()), t.money(figures.employerContributions()), t.money(figures.gross()),
        t.money(figures.employeeContributions()), t.money(figures.taxable()), t.percent(figures.withholdingRate()),
        t.money(figures.withholdingTax()), t.money(figures.net()), t.money(figures.expenses()), t.money(slip.paid()),
        t.date(pay.payment().paymentDate()), t.text("paySlip.sources")));
    assertThat(slip.rules()).isNotEmpty();
    slip.rules().forEach(rule -> mandatory.add(rule.value()));
    assertThat(Pages.text(pdf)).contains(mandatory.stream().map(Pages::words).toList());
    assertThat(Pages.text(pdf)).contains(Pages.words(slip.rules().get(0).source()).substring(0, 20));
  }

  @Test
  void contract_printsThePartiesTypeDatesHoursAmountAndWithholding() throws Exception {
    Employment employment = employment(Language.DE);
    ContractDocument document = new ContractDocument(employment);
    byte[] pdf = document.pdf();
    Pages.keep("contract", pdf);
    Labels t = Labels.of(Language.DE);
    Contract contract = employment.contract();
    List<String> mandatory = new ArrayList<>(List.of(t.text("contract.title"), employment.employer().legalName(), employment.member().name(),
        t.text("contractType." + contract.type()), Examples.BE.structures().get(contract.structure()),
        t.text("period", t.date(contract.start()), t.date(contract.end())), employment.client().name(),
        t.money(contract.invoicedAmount()), t.percent(contract.withholdingRate()), t.quantity(document.totalHours())));
    contract.workDays().forEach(day -> mandatory.addAll(List.of(t.date(day.date()), t.quantity(day.hours()))));
    assertThat(Pages.text(pdf)).contains(mandatory.stream().map(Pages::words).toList());
  }

  @Test
  void theEntitysLanguage_servesAMemberWhoChoseNone() throws Exception {
    assertThat(Pages.text(new ContractDocument(employment(null)).pdf())).contains(Labels.of(Language.FR).text("contract.title"));
  }
}
