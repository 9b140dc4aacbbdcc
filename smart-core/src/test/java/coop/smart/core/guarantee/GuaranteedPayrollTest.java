package coop.smart.core.guarantee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.client.ClientId;
import coop.smart.core.contract.Contract;
import coop.smart.core.contract.ContractPay;
import coop.smart.core.contract.ContractStatus;
import coop.smart.core.contract.ContractTerms;
import coop.smart.core.contract.QuotaUsage;
import coop.smart.core.contract.WorkDay;
import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.ledger.Account;
import coop.smart.core.ledger.AccountType;
import coop.smart.core.ledger.InMemoryLedger;
import coop.smart.core.ledger.JournalEntry;
import coop.smart.core.ledger.Ledger;
import coop.smart.core.member.Member;
import coop.smart.core.member.PersonKind;
import coop.smart.core.money.Rate;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** A contract's whole cycle: declared, invoiced, paid on its date though the client is late, then recovered. */
class GuaranteedPayrollTest {

  private static final NationalEntity BE = EntityCatalog.standard().entity("BE");
  private static final Member KIM = Member.join(BE.code(), PersonKind.NATURAL_PERSON, "Kim");
  private static final ClientId CLIENT = ClientId.random();
  private static final String INVOICE = "BE-2017-000007";

  private final Ledger ledger = new InMemoryLedger(BE.code(), BE.currency());
  private final GuaranteeFund fund = new GuaranteeFund(BE, ledger);
  private final GuaranteedPayroll payroll = new GuaranteedPayroll(BE, ledger, fund);

  private static Money eur(String amount) {
    return Money.parse("EUR " + amount);
  }

  private Contract invoicedContract() {
    Contract contract = Contract.draft(BE, new ContractTerms(KIM.id(), CLIENT, null, ContractType.EMPLOYEE, "ASSOCIATED_PRODUCTIONS",
            HolderKind.INDIVIDUAL, LocalDate.of(2017, 7, 10), LocalDate.of(2017, 7, 14), List.of(WorkDay.of("2017-07-14", "8")),
            eur("1000.00"), null, Rate.parse("0.11")))
        .declare(BE, KIM, 0, LocalDate.of(2017, 7, 14))
        .invoiced();
    // The invoice: 1,000.00 + 21 % VAT; the fee and the contract's share are set aside.
    ledger.post(JournalEntry.on(BE.code(), LocalDate.of(2017, 7, 14), "invoice " + INVOICE)
        .debit(Account.of(AccountType.CLIENT_RECEIVABLES, CLIENT), eur("1210.00"))
        .credit(Account.of(AccountType.VAT_PAYABLE), eur("210.00"))
        .credit(Account.of(AccountType.FEE_INCOME), eur("65.00"))
        .credit(Account.of(AccountType.CONTRACT_PAYROLL, contract.id()), eur("935.00")));
    return contract;
  }

  @Test
  void unpaidClient_theFundAdvancesTheWholePay_andIsRepaidFirst() {
    Contract contract = invoicedContract();
    ContractPay pay = contract.pay(BE, QuotaUsage.NONE);
    assertThat(pay.payment().paymentDate()).isEqualTo(LocalDate.of(2017, 7, 24));

    Contract paid = payroll.pay(contract, pay, INVOICE, CLIENT, eur("0.00"), LocalDate.of(2017, 7, 24));

    assertThat(paid.status()).isEqualTo(ContractStatus.PAID);
    assertThat(ledger.balance(Account.of(AccountType.CONTRACT_PAYROLL, contract.id()))).isEqualTo(eur("0.00"));
    assertThat(ledger.balance(Account.of(AccountType.BANK))).isEqualTo(eur("-478.27")); // net paid out, client not yet in
    assertThat(fund.outstanding(INVOICE)).isEqualTo(eur("935.00"));

    // The client pays the whole invoice late: the fund is repaid first.
    ledger.post(JournalEntry.on(BE.code(), LocalDate.of(2017, 9, 1), "payment of " + INVOICE)
        .debit(Account.of(AccountType.BANK), eur("1210.00"))
        .credit(Account.of(AccountType.CLIENT_RECEIVABLES, CLIENT), eur("1210.00")));
    ledger.post(fund.recoveryEntries(INVOICE, CLIENT, eur("1210.00"), LocalDate.of(2017, 9, 1)));
    assertThat(fund.outstanding(INVOICE)).isEqualTo(eur("0.00"));
    assertThat(ledger.balance(Account.of(AccountType.CLIENT_RECEIVABLES, CLIENT))).isEqualTo(eur("0.00"));
    assertThat(fund.report().recovered()).isEqualTo(eur("935.00"));
  }

  @Test
  void partlyPaidClient_theFundAdvancesOnlyTheRest() {
    Contract contract = invoicedContract();
    payroll.pay(contract, contract.pay(BE, QuotaUsage.NONE), INVOICE, CLIENT, eur("600.00"), LocalDate.of(2017, 7, 24));
    assertThat(fund.outstanding(INVOICE)).isEqualTo(eur("335.00"));
  }

  @Test
  void beforeThePaymentDate_nothingIsPaid() {
    Contract contract = invoicedContract();
    int entries = ledger.entries().size();
    assertThatThrownBy(() -> payroll.pay(contract, contract.pay(BE, QuotaUsage.NONE), INVOICE, CLIENT, eur("0.00"), LocalDate.of(2017, 7, 21)))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageEndingWith("is paid on 2017-07-24, not 2017-07-21");
    assertThat(ledger.entries()).hasSize(entries);
  }
}
