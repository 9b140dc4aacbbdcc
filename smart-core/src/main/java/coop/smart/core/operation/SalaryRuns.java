package coop.smart.core.operation;

import coop.smart.core.contract.Contract;
import coop.smart.core.contract.ContractId;
import coop.smart.core.contract.ContractPay;
import coop.smart.core.contract.SalaryPayment;
import coop.smart.core.entity.Today;
import coop.smart.core.flow.MoneyFlow;
import coop.smart.core.flow.MoneyFlow.ContractInvoice;
import coop.smart.core.guarantee.FundReport;
import coop.smart.core.guarantee.GuaranteedPayroll;
import coop.smart.core.invoice.Invoice;
import coop.smart.core.ledger.JournalEntry;
import coop.smart.core.ledger.PostingBuffer;
import coop.smart.core.member.Member;
import coop.smart.core.member.MemberId;
import coop.smart.core.payout.BankTransfer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
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
    return stores.transactions().inTransaction(() -> new Run(on).pay(actor));
  }

  /**
   * One day's run: each salary paid in turn through a money flow that holds its entries back,
   * then the day's entries, contracts and transfers each written in one batch, so a run costs a
   * few statements however many salaries it pays.
   */
  private final class Run {

    private final LocalDate on;
    private final PostingBuffer ledger = new PostingBuffer(stores.ledger());
    private final MoneyFlow flow = new MoneyFlow(stores.entity(), stores.vatArea(), ledger, stores.numbering());
    private final List<Due> due = new ArrayList<>();

    /**
     * A salary paid ({@code contract} as it was, {@code paid} as it is now), before its transfer
     * is known: that needs its member, read with the others at the end.
     */
    private record Due(Contract contract, Contract paid, Invoice invoice, ContractPay pay, Money advanced) {
    }

    Run(LocalDate on) {
      this.on = on;
    }

    List<Paid> pay(Actor actor) {
      List<Invoice> awaiting = stores.invoices().awaitingSalary(on);
      Map<ContractId, Contract> invoiced = ById.of(stores.contracts().findAll(awaiting.stream().map(Invoice::contract).toList()), Contract::id);
      List<ContractInvoice> dueInvoiced = new ArrayList<>();
      for (Invoice invoice : awaiting) {
        Contract contract = Objects.requireNonNull(invoiced.get(invoice.contract()), () -> "invoice " + invoice.number() + "'s contract is not stored");
        if (!notDue(contract, on)) dueInvoiced.add(new ContractInvoice(contract, invoice));
      }
      List<Contract> dueFunded = stores.contracts().fundedAwaitingSalary(on).stream().filter(contract -> !notDue(contract, on)).toList();
      Map<ContractId, ContractPay> pays = contracts.payAll(Stream.concat(dueInvoiced.stream().map(ContractInvoice::contract), dueFunded.stream()).toList());
      for (ContractInvoice salary : dueInvoiced) {
        ContractPay pay = pays.get(salary.contract().id());
        Contract paid = flow.paySalary(salary, pay, on).contract();
        due.add(new Due(salary.contract(), paid, salary.invoice(), pay, GuaranteedPayroll.shortfall(pay, salary.invoice().paid())));
      }
      for (Contract contract : dueFunded) {
        ContractPay pay = pays.get(contract.id());
        due.add(new Due(contract, flow.payFromBudget(contract, pay, on), null, pay, Money.zero(stores.entity().currency())));
      }
      if (due.isEmpty()) return List.of();
      ledger.flush();
      stores.contracts().saveChanges(due.stream().map(Due::paid).toList());
      List<BankTransfer> transfers = transfers();
      stores.transfers().record(transfers);
      List<Paid> paid = new ArrayList<>();
      for (int i = 0; i < due.size(); i++) {
        Due salary = due.get(i);
        changes.audit(actor, "contract.pay-salary", "contract", salary.contract().id());
        paid.add(new Paid(salary.contract(), salary.invoice(), salary.pay(), salary.advanced(), transfers.get(i)));
      }
      return paid;
    }

    /** The transfers to the members' bank accounts of what the ledger paid them, their members read at once. */
    private List<BankTransfer> transfers() {
      Map<MemberId, Member> members = stores.members().findAll(due.stream().map(salary -> salary.contract().member()).toList()).stream()
          .collect(Collectors.toMap(Member::id, member -> member));
      return due.stream().map(salary -> BankTransfer.salary(
          Objects.requireNonNull(members.get(salary.contract().member()), () -> "contract " + salary.contract().id() + "'s member is not stored"),
          salary.contract().id(), SalaryPayment.toBank(salary.pay().breakdown()), on, stores.clock().instant())).toList();
    }
  }

  // The stores answer the salaries due by the payment dates they keep; one they could not date exactly may come early.
  private boolean notDue(Contract contract, LocalDate on) {
    return contract.salaryPaymentDate(stores.entity()).isAfter(on);
  }
}
