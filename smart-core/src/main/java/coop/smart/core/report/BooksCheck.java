package coop.smart.core.report;

import coop.smart.core.activity.Activity;
import coop.smart.core.activity.ActivityBudget;
import coop.smart.core.activity.ActivityYear;
import coop.smart.core.contract.Contract;
import coop.smart.core.contract.ContractId;
import coop.smart.core.contract.ContractStatus;
import coop.smart.core.guarantee.FundReport;
import coop.smart.core.guarantee.GuaranteeFund;
import coop.smart.core.invoice.Invoice;
import coop.smart.core.invoice.InvoiceNumber;
import coop.smart.core.invoice.InvoiceStatus;
import coop.smart.core.invoice.InvoiceSummary;
import coop.smart.core.ledger.Account;
import coop.smart.core.ledger.AccountType;
import coop.smart.core.ledger.BalanceDrift;
import coop.smart.core.ledger.Movements;
import coop.smart.core.operation.EntityStores;
import coop.smart.core.store.AllRecords;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.joda.money.Money;

/**
 * The invariants an entity's books hold at the end of any day, read from its stores: a bank
 * test for the cooperative. Each check names the record that breaks it; none changes anything.
 * The checks read every invoice and contract and sum every journal entry, so a check costs in
 * proportion to the books; {@link DailyBooksCheck} checks a day's changes at the cost of the day.
 */
public final class BooksCheck {

  public static final String TRIAL_BALANCE = "trial balance is zero";
  public static final String ENTRY_BALANCED = "every journal entry balanced";
  public static final String KEPT_BALANCE = "every kept balance equals its postings";
  public static final String ACTIVITY_BUDGET = "activity budget equals its ledger";
  public static final String FUND_BALANCE = "fund balance = contributions - losses";
  public static final String FUND_ADVANCES = "outstanding advances = advances - recoveries - losses";
  public static final String CONTRACT_INVOICE = "contract, invoice and pay consistent";
  public static final String NUMBERING = "invoice numbers gap-free and chronological";
  public static final String SALARY_ON_TIME = "no salary paid after its guaranteed date";

  private final EntityStores stores;

  public BooksCheck(EntityStores stores) {
    this.stores = stores;
  }

  /**
   * Every violation of the books at the end of {@code day}, the ledger's first; a ledger out of
   * balance is all that is checked, as its entries cannot be read back to check the rest.
   */
  public List<Violation> check(LocalDate day) {
    return check(day, new Read());
  }

  /** What a whole check read of the books, for a {@link DailyBooksCheck} to go on from. */
  static final class Read {
    Map<Account, Money> trialBalance = Map.of();
    Map<AccountType, Movements> movements = Map.of();
    final List<ActivityYear> years = new ArrayList<>();
    final Map<Integer, InvoiceSummary> lastOfYear = new HashMap<>();
  }

  /** {@link #check(LocalDate)}, keeping in {@code read} what it read. */
  List<Violation> check(LocalDate day, Read read) {
    List<Violation> found = new ArrayList<>();
    read.trialBalance = stores.ledger().trialBalance();
    ledger(read.trialBalance.values(), stores.ledger().unbalancedEntries(), found::add);
    if (!found.isEmpty()) return found;
    for (BalanceDrift drift : stores.ledger().driftedBalances()) {
      found.add(new Violation(KEPT_BALANCE, "account " + drift.account(), "kept as " + drift.kept() + ", its postings sum to " + drift.posted()));
    }
    Money zero = Money.zero(stores.entity().currency());
    Money advances = read.trialBalance.entrySet().stream().filter(line -> line.getKey().type() == AccountType.GUARANTEE_ADVANCES)
        .map(Map.Entry::getValue).reduce(zero, Money::plus);
    read.movements = stores.ledger().movements();
    fund(GuaranteeFund.report(stores.entity().currency(), read.movements),
        read.trialBalance.getOrDefault(Account.of(AccountType.GUARANTEE_FUND), zero).negated(), advances, found::add);
    ActivityBudget budgets = stores.flow().budgets();
    for (Activity activity : AllRecords.of(stores.activities())) {
      ActivityYear year = budgets.year(activity.id(), day.getYear());
      read.years.add(year);
      budget(budgets.available(activity.id()), year, found::add);
    }
    List<InvoiceSummary> invoices = AllRecords.of(stores.invoices()).stream().map(InvoiceSummary::of).toList();
    numbering(invoices, read.lastOfYear, found::add);
    contracts(invoices, day, found::add);
    return found;
  }

  /** The ledger's balances sum to zero and no entry is unbalanced. */
  static void ledger(Collection<Money> balances, List<UUID> unbalanced, Consumer<Violation> found) {
    Money sum = balances.stream().reduce(Money::plus).orElse(null);
    if (sum != null && !sum.isZero()) found.accept(new Violation(TRIAL_BALANCE, "the ledger", "the balances sum to " + sum));
    for (UUID entry : unbalanced) found.accept(new Violation(ENTRY_BALANCED, "journal entry " + entry, "its postings do not sum to zero"));
  }

  /**
   * The fund's figures, summed from its flows, agree with its accounts: the {@code reserve} (the
   * fund's account's credit balance) and the {@code advances} (the debit balances of the advance accounts together).
   */
  static void fund(FundReport fund, Money reserve, Money advances, Consumer<Violation> found) {
    if (!fund.balance().equals(reserve) || !fund.balance().equals(fund.contributed().minus(fund.lost()))) {
      found.accept(new Violation(FUND_BALANCE, "the guarantee fund", "reserve account " + reserve + ", contributed " + fund.contributed()
          + " less lost " + fund.lost() + " = " + fund.contributed().minus(fund.lost())));
    }
    Money expected = fund.advanced().minus(fund.recovered()).minus(fund.lost());
    if (!advances.equals(expected)) {
      found.accept(new Violation(FUND_ADVANCES, "the guarantee fund", "advance accounts hold " + advances + ", advanced "
          + fund.advanced() + " - recovered " + fund.recovered() + " - lost " + fund.lost() + " = " + expected));
    }
  }

  /** The budget {@code available} is not negative and is where the year's carried-in, income and spending, summed from its entries, end. */
  static void budget(Money available, ActivityYear year, Consumer<Violation> found) {
    if (!available.equals(year.carriedOver()) || available.isNegative()) {
      found.accept(new Violation(ACTIVITY_BUDGET, "activity " + year.activity(), "available " + available + ", carried in "
          + year.carriedIn() + " + income " + year.income() + " - spending " + year.spending() + " = " + year.carriedOver()));
    }
  }

  private static void numbering(List<InvoiceSummary> invoices, Map<Integer, InvoiceSummary> lastOfYear, Consumer<Violation> found) {
    for (InvoiceSummary invoice : invoices.stream().sorted(Comparator.comparing((InvoiceSummary i) -> i.number().year())
        .thenComparing(i -> i.number().sequence())).toList()) {
      numbered(lastOfYear.put(invoice.number().year(), invoice), invoice, found);
    }
  }

  /** {@code invoice} follows {@code previous}, the invoice numbered before it in its year, or null for the year's first. */
  static void numbered(InvoiceSummary previous, InvoiceSummary invoice, Consumer<Violation> found) {
    InvoiceNumber number = invoice.number();
    long expected = previous == null ? 1 : previous.number().sequence() + 1;
    if (number.sequence() != expected) {
      found.accept(new Violation(NUMBERING, "invoice " + number, "expected sequence " + expected));
    } else if (previous != null && invoice.issueDate().isBefore(previous.issueDate())) {
      found.accept(new Violation(NUMBERING, "invoice " + number, "issued " + invoice.issueDate() + ", before " + previous.number()
          + " issued " + previous.issueDate()));
    }
  }

  /** Every contract agrees with its invoice, and none awaits a salary whose payment date has come by {@code day}. */
  private void contracts(List<InvoiceSummary> invoices, LocalDate day, Consumer<Violation> found) {
    Map<ContractId, InvoiceSummary> invoiceOf = new HashMap<>();
    for (InvoiceSummary invoice : invoices) {
      if (invoice.contract() == null) continue;
      if (invoiceOf.put(invoice.contract(), invoice) != null) {
        found.accept(new Violation(CONTRACT_INVOICE, "contract " + invoice.contract(), "invoiced twice, again by " + invoice.number()));
      }
    }
    for (Contract contract : AllRecords.of(stores.contracts())) {
      invoiced(contract, invoiceOf.remove(contract.id()), found);
      if (contract.awaitsSalary()) paidOnTime(contract, day, found);
    }
    invoiceOf.forEach((contract, invoice) ->
        found.accept(new Violation(CONTRACT_INVOICE, "invoice " + invoice.number(), "funds contract " + contract + ", not stored")));
  }

  /**
   * {@code contract} agrees with {@code invoice}, the invoice funding it, or null when none does:
   * an invoice is made out to the contract's client for its member and amount, an invoiced or
   * paid contract has its invoice, and a credited invoice has cancelled it.
   */
  static void invoiced(Contract contract, InvoiceSummary invoice, Consumer<Violation> found) {
    String name = "contract " + contract.id();
    boolean invoiced = contract.status() == ContractStatus.INVOICED || contract.status() == ContractStatus.PAID;
    if (invoice == null) {
      if (invoiced && !contract.fundedByBudget()) found.accept(new Violation(CONTRACT_INVOICE, name, contract.status() + " without an invoice"));
    } else if (invoice.status() == InvoiceStatus.CREDITED ? contract.status() != ContractStatus.CANCELLED : !invoiced) {
      found.accept(new Violation(CONTRACT_INVOICE, name, contract.status() + " while its invoice " + invoice.number() + " is " + invoice.status()));
    } else if (!invoice.client().equals(contract.client()) || !invoice.member().equals(contract.member())
        || !invoice.net().equals(contract.invoicedAmount())) {
      found.accept(new Violation(CONTRACT_INVOICE, name, "its invoice " + invoice.number() + " bills " + invoice.net() + " to client "
          + invoice.client() + " for member " + invoice.member() + ", the contract " + contract.invoicedAmount() + " to client "
          + contract.client() + " for member " + contract.member()));
    }
  }

  /**
   * After the day's payment run, none of the salaries the stores find awaiting payment by {@code
   * day} (through the payment dates they keep) may have its payment date that day or before. The
   * whole check reads every contract instead, so a date kept wrong is found there.
   */
  void salaries(LocalDate day, Consumer<Violation> found) {
    List<Contract> awaiting = new ArrayList<>(stores.contracts().fundedAwaitingSalary(day));
    awaiting.addAll(stores.contracts().findAll(stores.invoices().awaitingSalary(day).stream().map(Invoice::contract).toList()));
    for (Contract contract : awaiting) paidOnTime(contract, day, found);
  }

  /** {@code contract}, awaiting its salary at the end of {@code day}, has its payment date after it. */
  private void paidOnTime(Contract contract, LocalDate day, Consumer<Violation> found) {
    LocalDate due = contract.salaryPaymentDate(stores.entity());
    if (!due.isAfter(day)) {
      found.accept(new Violation(SALARY_ON_TIME, "contract " + contract.id(), "to be paid on " + due + ", unpaid at the end of " + day));
    }
  }
}
