package coop.smart.core.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.activity.Activity;
import coop.smart.core.client.Client;
import coop.smart.core.contract.Contract;
import coop.smart.core.contract.ContractStatus;
import coop.smart.core.contract.ContractTerms;
import coop.smart.core.contract.QuotaUsage;
import coop.smart.core.contract.WorkDay;
import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.error.ValidationException;
import coop.smart.core.flow.MoneyFlow.ContractInvoice;
import coop.smart.core.invoice.Invoice;
import coop.smart.core.invoice.InvoiceStatus;
import coop.smart.core.ledger.Account;
import coop.smart.core.ledger.AccountType;
import coop.smart.core.member.Member;
import coop.smart.core.member.PersonKind;
import coop.smart.core.money.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class MoneyFlowTest {

  private final MoneyWorld world = new MoneyWorld();
  private final Client brussels = world.clients.get(0);

  private static Money eur(String amount) {
    return Money.parse("EUR " + amount);
  }

  @Test
  void contractCycle_declaredInvoicedPaidLate_advancedThenRecovered() {
    world.today = LocalDate.of(2017, 7, 14);
    world.invoiceContract(brussels, 100_000); // 1,000.00 + 21 % VAT = 1,210.00; fee 65.00; 935.00 set aside
    ContractInvoice ci = world.contracts.get(0);
    assertThat(ci.invoice().total()).isEqualTo(eur("1210.00"));
    assertThat(ci.contract().status()).isEqualTo(ContractStatus.INVOICED);

    world.passDays(10); // 24 July: the salary date; the client has not paid
    ci = world.contracts.get(0);
    assertThat(ci.contract().status()).isEqualTo(ContractStatus.PAID);
    String number = ci.invoice().number().toString();
    assertThat(world.flow.fund().outstanding(number)).isEqualTo(eur("935.00"));

    world.passDays(40);
    world.pay(ci.invoice(), eur("1210.00")); // late, in full: the fund is repaid first
    assertThat(world.flow.fund().outstanding(number)).isEqualTo(eur("0.00"));
    assertThat(world.flow.fund().report().recovered()).isEqualTo(eur("935.00"));
    assertThat(world.ledger.balance(Account.of(AccountType.CLIENT_RECEIVABLES, brussels.id()))).isEqualTo(eur("0.00"));
    assertThat(world.ledger.balance(Account.of(AccountType.VAT_PAYABLE))).isEqualTo(eur("-210.00"));
    world.checkInvariants();
  }

  @Test
  void activityInvoice_partPaymentsMakeThePaidShareAvailable() {
    Activity theatre = world.activities.get(0);
    world.invoiceActivity(theatre, brussels, 100_000); // 1,210.00 due; 935.00 pending
    Invoice invoice = world.activityInvoices.values().iterator().next();
    assertThat(world.flow.budgets().pending(theatre.id())).isEqualTo(eur("935.00"));

    world.pay(invoice, eur("605.00")); // half of the total: half of what is pending
    assertThat(world.flow.budgets().available(theatre.id())).isEqualTo(eur("467.50"));
    world.pay(world.activityInvoices.get(invoice.number().toString()), eur("605.00"));
    assertThat(world.flow.budgets().available(theatre.id())).isEqualTo(eur("935.00"));
    assertThat(world.flow.budgets().pending(theatre.id())).isEqualTo(eur("0.00"));
  }

  @Test
  void creditingAPaidOutContractInvoice_isRefusedAndChangesNothing() {
    world.today = LocalDate.of(2017, 7, 14);
    world.invoiceContract(brussels, 50_000);
    world.passDays(10);
    int entries = world.ledger.entries().size();
    assertThatThrownBy(() -> world.flow.creditInFull(world.contracts.get(0), world.today))
        .isInstanceOf(BusinessRuleException.class)
        .extracting(e -> ((BusinessRuleException) e).rule()).isEqualTo(MoneyFlow.CONTRACT_INVOICE_CREDIT);
    assertThat(world.ledger.entries()).hasSize(entries);
  }

  @Test
  void creditingAContractInvoiceBeforeItsSalary_voidsTheContract() {
    world.today = LocalDate.of(2017, 7, 14);
    world.invoiceContract(brussels, 50_000);
    ContractInvoice credited = world.flow.creditInFull(world.contracts.get(0), world.today);
    assertThat(credited.contract().status()).isEqualTo(ContractStatus.CANCELLED);
    assertThat(credited.invoice().status()).isEqualTo(InvoiceStatus.CREDITED);
    assertThat(world.ledger.balance(Account.of(AccountType.CONTRACT_PAYROLL, credited.contract().id()))).isEqualTo(eur("0.00"));
  }

  @Test
  void clientDefaultingBeforeTheSalaryDate_theFundStillPaysAndBearsTheLoss() {
    world.today = LocalDate.of(2017, 7, 14);
    world.invoiceContract(brussels, 100_000);
    world.defaultOf(brussels);
    world.passDays(10);
    assertThat(world.contracts.get(0).contract().status()).isEqualTo(ContractStatus.PAID);
    assertThat(world.flow.fund().report().lost()).isEqualTo(eur("935.00"));
    // The rest of the debt, VAT and fee, is a bad debt.
    assertThat(world.ledger.balance(Account.of(AccountType.BAD_DEBTS))).isEqualTo(eur("275.00"));
    assertThat(world.contracts.get(0).invoice().status()).isEqualTo(InvoiceStatus.WRITTEN_OFF);
    world.checkInvariants();
  }

  @Test
  void contractInvoiceOfAnotherAmount_isRefusedAndTakesNoNumber() {
    world.today = LocalDate.of(2017, 7, 14);
    world.invoiceContract(brussels, 10_000);
    Contract declared = Contract.draft(MoneyWorld.BE, new ContractTerms(
            world.admin.id(), brussels.id(), null, ContractType.EMPLOYEE, "ASSOCIATED_PRODUCTIONS",
            HolderKind.INDIVIDUAL, world.today, world.today,
            List.of(new WorkDay(world.today, BigDecimal.ONE)), eur("200.00"), null,
            Rate.parse("0")))
        .declare(MoneyWorld.BE, world.admin, 1, world.today);
    assertThatThrownBy(() -> world.flow.invoice(declared, brussels, world.lines(eur("199.99")), world.today))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("the lines come to EUR 199.99");
    assertThat(world.flow.invoice(declared, brussels, world.lines(eur("200.00")), world.today).invoice().number().toString())
        .isEqualTo("BE-2017-000002");
  }

  @Test
  void invoicingThroughAnActivityWithoutAShare_isRefused() {
    Member newcomer = Member.join(MoneyWorld.BE.code(), PersonKind.NATURAL_PERSON, "Newcomer");
    Activity theatre = world.activities.get(0);
    assertThatThrownBy(() -> world.flow.invoice(theatre, newcomer, brussels, null, HolderKind.INDIVIDUAL,
        world.lines(eur("100.00")), world.today))
        .isInstanceOf(BusinessRuleException.class);
    assertThat(world.ledger.entries()).hasSize(1); // the fund's opening contribution only
  }

  @Test
  void salaryIsPaidFromWhatTheInvoiceSetAside_contractByContract() {
    world.today = LocalDate.of(2017, 7, 14);
    world.invoiceContract(brussels, 100_000);
    world.pay(world.contracts.get(0).invoice(), eur("1210.00"));
    ContractInvoice paid = world.flow.paySalary(world.contracts.get(0), QuotaUsage.NONE, LocalDate.of(2017, 7, 24));
    assertThat(world.flow.fund().report().advanced()).isEqualTo(eur("0.00"));
    assertThat(world.ledger.balance(Account.of(AccountType.CONTRACT_PAYROLL, paid.contract().id()))).isEqualTo(eur("0.00"));
    assertThat(List.of(paid.contract().status())).containsExactly(ContractStatus.PAID);
  }
}
