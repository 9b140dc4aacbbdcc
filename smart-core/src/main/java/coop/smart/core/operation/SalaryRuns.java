package coop.smart.core.operation;

import coop.smart.core.contract.Contract;
import coop.smart.core.contract.ContractId;
import coop.smart.core.contract.ContractPay;
import coop.smart.core.contract.SalaryPayment;
import coop.smart.core.entity.Today;
import coop.smart.core.flow.MoneyFlow.ContractInvoice;
import coop.smart.core.guarantee.FundReport;
import coop.smart.core.guarantee.GuaranteedPayroll;
import coop.smart.core.invoice.Invoice;
import coop.smart.core.ledger.JournalEntry;
import coop.smart.core.payout.BankTransfer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.joda.money.Money;

/**
 * The guarantee fund at work: the contributions set aside for it, and the payment run that pays
 * every invoiced contract whose payment date has come, the fund advancing what the client has
 * not paid. Each is one transaction.
 */
public final class SalaryRuns {

  /**
   * A salary a run paid: {@code advanced} is what the guarantee fund paid ahead of the client;
   * {@code invoice} is null for a contract its activity's budget funded; {@code transfer} is the
   * order to the bank, withheld when the member gave no bank account.
   */
  public record Paid(Contract contract, Invoice invoice, ContractPay pay, Money advanced, BankTransfer transfer) {
  }

  private final EntityStores stores;
  private final Changes changes;
  private final Contracts contracts;

  public SalaryRuns(EntityStores stores) {
    this.stores = stores;
    this.changes = new Changes(stores);
    this.contracts = new Contracts(stores);
  }

  /** The fund's figures as its ledger accounts stand. */
  public FundReport fund() {
    return stores.flow().fund().report();
  }

  /**
   * Sets {@code amount} aside for the fund on {@code on}, or today, a day that has come
   * ({@link Today#past}); answers the fund's figures after it.
   */
  public FundReport contribute(Actor actor, Money amount, LocalDate on) {
    LocalDate day = stores.today().past("on", on);
    return stores.transactions().inTransaction(() -> {
      JournalEntry entry = stores.flow().fund().contribute(amount, day);
      changes.audit(actor, "guarantee-fund.contribute", "journal-entry", entry.id());
      return fund();
    });
  }

  /**
   * Pays, on {@code on}, every invoiced contract, and every declared contract its activity's
   * budget funds, whose payment date is that day or earlier. A contract once paid is neither, so
   * running a day again pays nothing twice. Never a day to come ({@link Today#past}): paying
   * ahead would pay salaries early. Each salary paid records its transfer to the member's bank
   * account, in the same transaction: the day's credit-transfer file ({@link Payouts}).
   */
  public List<Paid> pay(Actor actor, LocalDate on) {
    stores.today().past("on", Objects.requireNonNull(on, "on"));
    return stores.transactions().inTransaction(() -> {
      List<Paid> paid = new ArrayList<>();
      List<Invoice> awaiting = stores.invoices().awaitingSalary(on);
      Map<ContractId, Contract> invoiced = byId(stores.contracts().findAll(awaiting.stream().map(Invoice::contract).toList()));
      for (Invoice invoice : awaiting) {
        Contract contract = Objects.requireNonNull(invoiced.get(invoice.contract()), () -> "invoice " + invoice.number() + "'s contract is not stored");
        if (notDue(contract, on)) continue;
        ContractPay pay = contracts.pay(contract);
        ContractInvoice after = stores.flow().paySalary(new ContractInvoice(contract, invoice), pay, on);
        stores.contracts().save(after.contract());
        changes.audit(actor, "contract.pay-salary", "contract", contract.id());
        paid.add(new Paid(contract, invoice, pay, GuaranteedPayroll.shortfall(pay, invoice.paid()), transfer(contract, pay, on)));
      }
      for (Contract contract : stores.contracts().fundedAwaitingSalary(on)) {
        if (notDue(contract, on)) continue;
        ContractPay pay = contracts.pay(contract);
        stores.contracts().save(stores.flow().payFromBudget(contract, pay, on));
        changes.audit(actor, "contract.pay-salary", "contract", contract.id());
        paid.add(new Paid(contract, null, pay, Money.zero(stores.entity().currency()), transfer(contract, pay, on)));
      }
      return paid;
    });
  }

  // The stores answer the salaries due by the payment dates they keep; one they could not date exactly may come early.
  private boolean notDue(Contract contract, LocalDate on) {
    return contract.salaryPaymentDate(stores.entity()).isAfter(on);
  }

  private static Map<ContractId, Contract> byId(List<Contract> contracts) {
    return contracts.stream().collect(Collectors.toMap(Contract::id, contract -> contract));
  }

  /** Records the transfer of what the ledger paid the member's bank account for the contract's salary. */
  private BankTransfer transfer(Contract contract, ContractPay pay, LocalDate on) {
    BankTransfer transfer = BankTransfer.salary(stores.members().find(contract.member()).orElseThrow(), contract.id(),
        SalaryPayment.toBank(pay.breakdown()), on, stores.clock().instant());
    stores.transfers().record(transfer);
    return transfer;
  }
}
