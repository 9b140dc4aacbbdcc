package coop.smart.core.report;

import coop.smart.core.activity.ActivityId;
import coop.smart.core.activity.ActivityYear;
import coop.smart.core.contract.Contract;
import coop.smart.core.contract.ContractId;
import coop.smart.core.guarantee.GuaranteeFund;
import coop.smart.core.invoice.InvoiceSummary;
import coop.smart.core.invoice.InvoiceNumber;
import coop.smart.core.ledger.Account;
import coop.smart.core.ledger.AccountType;
import coop.smart.core.ledger.Ledger;
import coop.smart.core.ledger.Movements;
import coop.smart.core.ledger.Posting;
import coop.smart.core.operation.EntityStores;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.joda.money.Money;

/**
 * The invariants of {@link BooksCheck} checked at the end of each day at the cost of what the day
 * changed rather than of the books, so a year of days costs in proportion to the year. Started by
 * a whole check, it then reads the journal entries posted since its last check: each must
 * balance; the balances and the fund's figures they add up to, kept from one day to the next,
 * must agree with what the ledger sums for every party's account they touched, the trial balance must
 * stay zero, and each activity budget they touched must equal its year's movements. The invoices
 * numbered since must follow the last one checked, and every contract the day's entries or new
 * invoices name must agree with its invoice. Invoices are read as their {@link
 * InvoiceSummary summaries}, with the status stored with them; the whole
 * check reads them with their parts and the status those give. A contract that moves no money and
 * has no invoice yet (a declared one) is checked by the whole check only.
 *
 * <p>A check expects the books not to change under it: it is made between two days of work, or
 * inside a transaction that reads one snapshot of them ({@code REPEATABLE READ}) while the next
 * day's work goes on.
 */
public final class DailyBooksCheck {

  /** How many invoice numbers are asked for at a time. */
  private static final int NUMBERS = 500;
  private static final Pattern CONTRACT = Pattern.compile("contract ([0-9a-f-]{36})");

  private final EntityStores stores;
  private final BooksCheck books;
  private final Map<Account, Money> balances = new HashMap<>();
  private final Map<AccountType, Movements> movements = new EnumMap<>(AccountType.class);
  private final Map<Integer, InvoiceSummary> lastOfYear = new HashMap<>();
  /** Each activity budget's credit balance at the start of {@link #year}, and its movements in that year. */
  private final Map<Account, Money> carriedIn = new HashMap<>();
  private final Map<Account, Movements> ofYear = new HashMap<>();
  private int year;
  private Money zero;
  private Money total;
  private long position;

  public DailyBooksCheck(EntityStores stores) {
    this.stores = stores;
    this.books = new BooksCheck(stores);
  }

  /** Checks the whole books at the end of {@code day}, and takes them as they stand for the days after. */
  public List<Violation> start(LocalDate day) {
    BooksCheck.Read read = new BooksCheck.Read();
    List<Violation> found = books.check(day, read);
    position = stores.ledger().position();
    balances.clear();
    balances.putAll(read.trialBalance);
    movements.clear();
    movements.putAll(read.movements);
    lastOfYear.clear();
    lastOfYear.putAll(read.lastOfYear);
    zero = Money.zero(stores.entity().currency());
    total = balances.values().stream().reduce(zero, Money::plus);
    carriedIn.clear();
    ofYear.clear();
    year = day.getYear();
    for (ActivityYear summed : read.years) {
      Account budget = Account.of(AccountType.ACTIVITY_BUDGET, summed.activity());
      carriedIn.put(budget, summed.carriedIn());
      ofYear.put(budget, new Movements(summed.spending(), summed.income()));
    }
    return found;
  }

  /**
   * Every violation the changes since the last check make at the end of {@code day}, the ledger's
   * first; a ledger out of balance is all that is checked.
   *
   * @throws IllegalStateException before {@link #start}
   */
  public List<Violation> check(LocalDate day) {
    if (total == null) throw new IllegalStateException("a daily check starts with a whole check of the books");
    List<Violation> found = new ArrayList<>();
    Ledger ledger = stores.ledger();
    BooksCheck.ledger(List.of(), ledger.unbalancedEntriesAfter(position), found::add);
    if (!found.isEmpty()) return found;
    if (day.getYear() != year) newYear(day.getYear());
    Set<Account> touched = new LinkedHashSet<>();
    Set<String> references = new HashSet<>();
    position = ledger.forEachEntryAfter(position, entry -> {
      if (entry.reference() != null) references.add(entry.reference());
      for (Posting posting : entry.postings()) {
        balances.merge(posting.account(), posting.amount(), (kept, added) -> kept.plus(added).isZero() ? null : kept.plus(added));
        movements.merge(posting.account().type(), Movements.of(posting), Movements::plus);
        total = total.plus(posting.amount());
        touched.add(posting.account());
        if (posting.account().type() == AccountType.ACTIVITY_BUDGET) budgetMoved(entry.date().getYear(), posting);
      }
    });
    Map<Account, Money> stored = ledger(touched, found::add);
    if (!found.isEmpty()) return found;
    fund(found::add);
    for (Account account : touched) {
      if (account.type() == AccountType.ACTIVITY_BUDGET) BooksCheck.budget(stored.get(account).negated(), budgetYear(account), found::add);
    }
    List<InvoiceSummary> numbered = numbering(day.getYear(), found::add);
    contracts(numbered, references, found::add);
    books.salaries(day, found::add);
    return found;
  }

  /**
   * Checks that the balances kept sum to zero and that the ledger sums to them every party's
   * account the day touched; answers what it sums. The entity-wide accounts (the bank, the fees,
   * the fund…) move every day with the whole year behind them: summing them again is the whole
   * check's.
   */
  private Map<Account, Money> ledger(Set<Account> touched, Consumer<Violation> found) {
    BooksCheck.ledger(List.of(total), List.of(), found);
    Map<Account, Money> stored = stores.ledger().balances(touched.stream().filter(account -> account.subject() != null).toList());
    stored.forEach((account, sum) -> {
      Money kept = balances.getOrDefault(account, zero);
      if (!sum.equals(kept)) {
        found.accept(new Violation(BooksCheck.TRIAL_BALANCE, "account " + account, "its postings sum to " + sum + ", its entries to " + kept));
      }
    });
    return stored;
  }

  // What a budget carried over into the year it starts is where the year before ended.
  private void newYear(int started) {
    for (Map.Entry<Account, Movements> moved : ofYear.entrySet()) carriedIn.merge(moved.getKey(), moved.getValue().balance().negated(), Money::plus);
    ofYear.clear();
    year = started;
  }

  // A posting dated in an earlier year changes what the budget carried in; one dated after the year is in neither, as in the whole check.
  private void budgetMoved(int dated, Posting posting) {
    if (dated < year) carriedIn.merge(posting.account(), posting.amount().negated(), Money::plus);
    else if (dated == year) ofYear.merge(posting.account(), Movements.of(posting), Movements::plus);
  }

  private ActivityYear budgetYear(Account budget) {
    Money in = carriedIn.getOrDefault(budget, zero);
    Movements moved = ofYear.getOrDefault(budget, new Movements(zero, zero));
    return new ActivityYear(ActivityId.parse(budget.subject()), year, in, moved.credit(), moved.debit(), in.plus(moved.credit()).minus(moved.debit()));
  }

  private void fund(Consumer<Violation> found) {
    Movements advances = movements.getOrDefault(AccountType.GUARANTEE_ADVANCES, new Movements(zero, zero));
    BooksCheck.fund(GuaranteeFund.report(stores.entity().currency(), movements),
        balances.getOrDefault(Account.of(AccountType.GUARANTEE_FUND), zero).negated(), advances.balance(), found);
  }

  /** The invoices of {@code year} numbered since the last check, each checked to follow the one before. */
  private List<InvoiceSummary> numbering(int year, Consumer<Violation> found) {
    List<InvoiceSummary> numbered = new ArrayList<>();
    List<InvoiceSummary> page;
    do {
      InvoiceSummary last = lastOfYear.get(year);
      long next = last == null ? 1 : last.number().sequence() + 1;
      page = new ArrayList<>(stores.invoices().summariesWithNumbers(LongStream.range(next, next + NUMBERS)
          .mapToObj(sequence -> new InvoiceNumber(stores.entity().code(), year, sequence)).toList()));
      page.sort(Comparator.comparingLong(invoice -> invoice.number().sequence()));
      for (InvoiceSummary invoice : page) {
        BooksCheck.numbered(lastOfYear.put(year, invoice), invoice, found);
        numbered.add(invoice);
      }
    } while (page.size() == NUMBERS);
    return numbered;
  }

  /** The contracts of the invoices numbered today and of those the day's entries name, each with its invoice. */
  private void contracts(List<InvoiceSummary> numbered, Set<String> references, Consumer<Violation> found) {
    Set<InvoiceNumber> named = new HashSet<>();
    Set<ContractId> contracts = new LinkedHashSet<>();
    for (String reference : references) {
      Matcher contract = CONTRACT.matcher(reference);
      if (contract.matches()) contracts.add(new ContractId(UUID.fromString(contract.group(1))));
      else invoiceNumber(reference).ifPresent(named::add);
    }
    numbered.forEach(invoice -> named.remove(invoice.number()));
    List<InvoiceSummary> invoices = new ArrayList<>(numbered);
    invoices.addAll(stores.invoices().summariesWithNumbers(named));
    Map<ContractId, InvoiceSummary> invoiceOf = new HashMap<>();
    for (InvoiceSummary invoice : invoices) {
      if (invoice.contract() == null) continue;
      invoiceOf.put(invoice.contract(), invoice);
      contracts.add(invoice.contract());
    }
    Map<ContractId, Contract> stored = new HashMap<>();
    stores.contracts().findAll(contracts).forEach(contract -> stored.put(contract.id(), contract));
    stores.invoices().summariesOfContracts(stored.values().stream()
            .filter(contract -> !contract.fundedByBudget() && !invoiceOf.containsKey(contract.id())).map(Contract::id).toList())
        .forEach(invoice -> invoiceOf.put(invoice.contract(), invoice));
    for (ContractId id : contracts) {
      Contract contract = stored.get(id);
      if (contract == null) {
        found.accept(new Violation(BooksCheck.CONTRACT_INVOICE, "contract " + id, "named by the day's books, not stored"));
        continue;
      }
      BooksCheck.invoiced(contract, invoiceOf.get(id), found);
    }
  }

  /** The invoice number a journal entry's reference is, when it is one of the entity's. */
  private Optional<InvoiceNumber> invoiceNumber(String reference) {
    if (!reference.startsWith(stores.entity().code().value() + "-")) return Optional.empty();
    try {
      return Optional.of(InvoiceNumber.parse(reference));
    } catch (RuntimeException notANumber) {
      return Optional.empty();
    }
  }
}
