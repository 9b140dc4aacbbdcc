package coop.smart.core.flow;

import coop.smart.core.activity.Activity;
import coop.smart.core.activity.ActivityBudget;
import coop.smart.core.client.Client;
import coop.smart.core.contract.Contract;
import coop.smart.core.contract.ContractPay;
import coop.smart.core.contract.ContractStatus;
import coop.smart.core.contract.QuotaUsage;
import coop.smart.core.contract.SalaryPayment;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.MemberAction;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.entity.VatArea;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.error.ValidationException;
import coop.smart.core.guarantee.GuaranteeFund;
import coop.smart.core.guarantee.GuaranteedPayroll;
import coop.smart.core.invoice.Invoice;
import coop.smart.core.invoice.InvoiceChange;
import coop.smart.core.invoice.InvoiceLine;
import coop.smart.core.invoice.InvoiceNumbering;
import coop.smart.core.invoice.InvoiceTerms;
import coop.smart.core.invoice.ReminderRun;
import coop.smart.core.ledger.Account;
import coop.smart.core.ledger.AccountType;
import coop.smart.core.ledger.JournalEntry;
import coop.smart.core.ledger.Ledger;
import coop.smart.core.member.Member;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.joda.money.Money;

/**
 * The way money moves through one entity, from a client's invoice to a member's pay or an
 * activity's budget, with the guarantee fund in between. Each operation checks everything, then
 * posts all its journal entries in one batch, and answers the aggregates as they are after it;
 * storing them is the caller's. A refused operation posts nothing.
 */
public final class MoneyFlow {

  /** Rule code of the refusal to credit a contract's invoice once its salary is paid, or in part. */
  public static final String CONTRACT_INVOICE_CREDIT = "CONTRACT_INVOICE_CREDIT";

  private final NationalEntity entity;
  private final VatArea vatArea;
  private final Ledger ledger;
  private final InvoiceNumbering numbering;
  private final ActivityBudget budgets;
  private final GuaranteeFund fund;
  private final GuaranteedPayroll payroll;

  public MoneyFlow(NationalEntity entity, VatArea vatArea, Ledger ledger, InvoiceNumbering numbering) {
    this.entity = Objects.requireNonNull(entity, "entity");
    this.vatArea = Objects.requireNonNull(vatArea, "vatArea");
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.numbering = Objects.requireNonNull(numbering, "numbering");
    this.budgets = new ActivityBudget(entity, ledger);
    this.fund = new GuaranteeFund(entity, ledger);
    this.payroll = new GuaranteedPayroll(entity, ledger, fund);
  }

  public ActivityBudget budgets() {
    return budgets;
  }

  public GuaranteeFund fund() {
    return fund;
  }

  /** A contract with its invoice, as they are after an operation on both. */
  public record ContractInvoice(Contract contract, Invoice invoice) {
  }

  /**
   * Invoices a declared contract to its client. The lines must come to the contract's invoiced
   * amount; what the invoice leaves after VAT and the fee is set aside for the contract's pay.
   */
  public ContractInvoice invoice(Contract contract, Client client, List<InvoiceLine> lines, LocalDate on) {
    Contract invoiced = contract.invoiced();
    if (client == null || !client.id().equals(contract.client())) {
      throw ValidationException.of("client", "contract " + contract.id() + " is for client " + contract.client());
    }
    // Checked before the invoice takes its number, so a refusal leaves no gap in the series.
    if (lines != null && !lines.isEmpty()) {
      Money net = Money.total(lines.stream().map(InvoiceLine::total).toList());
      if (!net.equals(contract.invoicedAmount())) {
        throw ValidationException.of("lines", "the lines come to " + net + " but contract " + contract.id() + " invoices " + contract.invoicedAmount());
      }
    }
    // The fee of the rules on the service end, as the contract's pay took it: one date decides a contract's fee everywhere.
    InvoiceChange change = Invoice.issue(entity, vatArea, numbering,
        new InvoiceTerms(client, contract.member(), contract.id(), null, contract.structure(), contract.holder(), on, lines), contract.end());
    ledger.post(change.entry());
    return new ContractInvoice(invoiced, change.invoice());
  }

  /**
   * Invoices a client through an activity, on behalf of one of its administrators, who must
   * hold a share. The turnover after VAT and the fee waits as pending until the client pays.
   */
  public Invoice invoice(Activity activity, Member administrator, Client client, String structure, HolderKind holder,
                         List<InvoiceLine> lines, LocalDate on) {
    activity.requireAdministrator(administrator.id());
    activity.requireOpenOn(on);
    entity.membershipRules(on).requireMay(administrator, MemberAction.INVOICE_THROUGH_ACTIVITY);
    InvoiceChange change = Invoice.issue(entity, vatArea, numbering,
        new InvoiceTerms(client, administrator.id(), null, activity.id(), structure, holder, on, lines));
    ledger.post(change.entry());
    return change.invoice();
  }

  /**
   * A client's payment on an invoice. On a contract's invoice it repays the guarantee fund's
   * advance first; on an activity's invoice it makes the paid share of the turnover available.
   *
   * @param activity the activity the invoice funds, or null for a contract's invoice
   */
  public Invoice receivePayment(Invoice invoice, Activity activity, Money amount, LocalDate on) {
    requireFunded(invoice, activity);
    InvoiceChange change = invoice.pay(on, amount);
    List<JournalEntry> entries = new ArrayList<>(List.of(change.entry()));
    String number = invoice.number().toString();
    if (activity == null) {
      entries.addAll(fund.recoveryEntries(number, invoice.client(), amount, on));
    } else {
      Money release = pendingOf(invoice).minus(pendingOf(change.invoice()));
      if (release.isPositive()) entries.add(budgets.releaseEntry(activity, release, on, number));
    }
    ledger.post(entries);
    return change.invoice();
  }

  /**
   * A credit note on an activity's invoice: VAT, fee and the pending turnover are given back in
   * proportion.
   */
  public Invoice credit(Invoice invoice, Activity activity, Money amount, LocalDate on) {
    requireFunded(invoice, Objects.requireNonNull(activity, "activity"));
    activity.requireOpenOn(on);
    InvoiceChange change = invoice.credit(on, amount);
    ledger.post(change.entry());
    return change.invoice();
  }

  /**
   * Credits a contract's invoice in full, which voids the contract. Refused once the salary is
   * paid or the client has paid part of it: the money has already gone to the member.
   */
  public ContractInvoice creditInFull(ContractInvoice contractInvoice, LocalDate on) {
    Contract contract = contractInvoice.contract();
    Invoice invoice = contractInvoice.invoice();
    requireContract(invoice, contract);
    if (contract.status() != ContractStatus.INVOICED || !invoice.paid().isZero()) {
      throw new BusinessRuleException(CONTRACT_INVOICE_CREDIT, "invoice " + invoice.number() + " cannot be credited: contract "
          + contract.id() + " is " + contract.status() + " and " + invoice.paid() + " was paid on it");
    }
    Contract cancelled = contract.cancel();
    InvoiceChange change = invoice.credit(on, invoice.outstanding());
    ledger.post(change.entry());
    return new ContractInvoice(cancelled, change.invoice());
  }

  /**
   * Pays an invoiced contract's salary on or after its payment date; the guarantee fund advances
   * what the client has not paid, and books it lost at once when the client has already defaulted.
   *
   * @param usedBefore the member's hours already counted against the contract type's yearly quota
   */
  public ContractInvoice paySalary(ContractInvoice contractInvoice, QuotaUsage usedBefore, LocalDate on) {
    return paySalary(contractInvoice, contractInvoice.contract().pay(entity, usedBefore), on);
  }

  /** {@link #paySalary(ContractInvoice, QuotaUsage, LocalDate)} with the contract's pay its caller computed already. */
  public ContractInvoice paySalary(ContractInvoice contractInvoice, ContractPay pay, LocalDate on) {
    Contract contract = contractInvoice.contract();
    Invoice invoice = contractInvoice.invoice();
    requireContract(invoice, contract);
    if (!pay.contract().equals(contract.id())) throw new IllegalArgumentException("the pay of contract " + pay.contract() + ", not " + contract.id());
    String number = invoice.number().toString();
    boolean defaulted = invoice.writtenOffOn() != null;
    // Once the client defaulted, its debt is a bad debt already: the fund takes that over and loses it at once.
    Account takenOver = defaulted ? Account.of(AccountType.BAD_DEBTS) : GuaranteeFund.receivables(invoice.client());
    List<JournalEntry> entries = new ArrayList<>(payroll.entries(contract, pay, number, takenOver, invoice.paid(), on));
    Contract paid = contract.paid();
    Money shortfall = GuaranteedPayroll.shortfall(pay, invoice.paid());
    if (defaulted && shortfall.isPositive()) entries.add(fund.lossEntry(number, shortfall, on));
    ledger.post(entries);
    return new ContractInvoice(paid, invoice);
  }

  /**
   * Sets the pay of a contract funded by {@code activity}'s budget aside from that budget, as its
   * declaration commits the activity to it: the budget cannot then spend it on anything else.
   */
  public JournalEntry fund(Contract contract, Activity activity, ContractPay pay, LocalDate on) {
    requireFundedBy(contract, activity);
    Money owed = SalaryPayment.owed(pay.breakdown());
    return budgets.spend(activity, owed, on, JournalEntry.on(entity.code(), on, "pay of contract " + contract.id() + " set aside")
        .reference("contract " + contract.id())
        .credit(SalaryPayment.payroll(contract.id()), owed));
  }

  /**
   * Pays a contract funded by its activity's budget on or after its payment date, from the pay
   * {@link #fund} set aside: no invoice, no fee, no guarantee needed.
   */
  public Contract payFromBudget(Contract contract, ContractPay pay, LocalDate on) {
    if (!contract.fundedByBudget()) throw ValidationException.of("contract", "contract " + contract.id() + " is paid once invoiced");
    if (on.isBefore(pay.payment().paymentDate())) {
      throw new BusinessRuleException(GuaranteedPayroll.NOT_YET_DUE, "contract " + contract.id() + " is paid on " + pay.payment().paymentDate()
          + ", not " + on);
    }
    Contract paid = contract.paid();
    ledger.post(SalaryPayment.fromPayroll(entity.code(), contract.id(), pay.breakdown(), "contract " + contract.id(), on));
    return paid;
  }

  /** Gives the pay a cancelled contract had set aside back to its activity's budget; posts nothing when none was. */
  public void release(Contract contract, Activity activity, LocalDate on) {
    requireFundedBy(contract, activity);
    Money setAside = ledger.balance(SalaryPayment.payroll(contract.id())).negated();
    if (!setAside.isPositive()) return;
    ledger.post(JournalEntry.on(entity.code(), on, "pay of contract " + contract.id() + " given back")
        .reference("contract " + contract.id())
        .debit(SalaryPayment.payroll(contract.id()), setAside)
        .credit(Account.of(AccountType.ACTIVITY_BUDGET, activity.id()), setAside));
  }

  /**
   * A client in default: on each of its invoices still open, the guarantee fund's advances are
   * lost, an activity loses the turnover it was waiting for, and the rest of the debt is a bad
   * debt. The invoices are written off, so they are no longer reminded.
   *
   * @return the client's invoices as they are after the default
   */
  public List<Invoice> defaultOf(Client client, Collection<Invoice> invoices, LocalDate on) {
    List<JournalEntry> entries = new ArrayList<>();
    List<Invoice> after = new ArrayList<>();
    for (Invoice invoice : invoices) {
      if (!invoice.client().equals(client.id())) throw ValidationException.of("invoices", "invoice " + invoice.number() + " is not " + client.name() + "'s");
      if (!invoice.status().isOpen()) {
        after.add(invoice);
        continue;
      }
      String number = invoice.number().toString();
      entries.addAll(fund.lossEntries(number, on));
      Money receivable = invoice.outstanding().minus(fund.outstanding(number));
      Money pending = invoice.activity() == null ? Money.zero(entity.currency()) : pendingOf(invoice);
      JournalEntry.Builder writeOff = JournalEntry.on(entity.code(), on, "invoice " + number + " written off: client in default")
          .reference(number)
          .debit(Account.of(AccountType.BAD_DEBTS), receivable.minus(pending))
          .credit(GuaranteeFund.receivables(client.id()), receivable);
      if (invoice.activity() != null) writeOff.debit(Account.of(AccountType.ACTIVITY_PENDING, invoice.activity()), pending);
      entries.add(writeOff.build());
      after.add(invoice.writeOff(on));
    }
    ledger.post(entries);
    return after;
  }

  /** Issues the reminders due on {@code day} on these invoices (R9); running a day twice issues nothing new. */
  public ReminderRun runReminders(LocalDate day, Collection<Invoice> invoices) {
    return ReminderRun.on(entity, day, invoices);
  }

  /**
   * The turnover of an activity's invoice still waiting for its client: what crediting all that
   * is due would give back. Releasing the difference at each payment keeps it so, and releases
   * everything once the invoice is paid.
   */
  private static Money pendingOf(Invoice invoice) {
    return invoice.outstanding().isZero() ? Money.zero(invoice.currency()) : invoice.fundingReturnedBy(invoice.outstanding());
  }

  private static void requireFundedBy(Contract contract, Activity activity) {
    if (!contract.fundedByBudget() || !contract.activity().equals(activity.id())) {
      throw ValidationException.of("activity", "contract " + contract.id() + " is not funded by the budget of activity " + activity.id());
    }
  }

  private static void requireFunded(Invoice invoice, Activity activity) {
    boolean fundsActivity = invoice.activity() != null;
    if (fundsActivity != (activity != null) || (activity != null && !activity.id().equals(invoice.activity()))) {
      throw ValidationException.of("activity", "invoice " + invoice.number() + " funds "
          + (fundsActivity ? "activity " + invoice.activity() : "contract " + invoice.contract()));
    }
  }

  private static void requireContract(Invoice invoice, Contract contract) {
    if (!contract.id().equals(invoice.contract())) {
      throw ValidationException.of("contract", "invoice " + invoice.number() + " is not the invoice of contract " + contract.id());
    }
  }
}
