package coop.smart.examples.replay;

import coop.smart.core.activity.Activity;
import coop.smart.core.activity.ActivityId;
import coop.smart.core.activity.Sector;
import coop.smart.core.bank.BankEntry;
import coop.smart.core.bank.BankStatement;
import coop.smart.core.bank.EntryStatus;
import coop.smart.core.bank.ImportedStatement;
import coop.smart.core.client.Client;
import coop.smart.core.client.ClientId;
import coop.smart.core.client.ClientKind;
import coop.smart.core.contract.Contract;
import coop.smart.core.contract.ContractId;
import coop.smart.core.contract.ContractTerms;
import coop.smart.core.contract.QuotaUsage;
import coop.smart.core.contract.WorkDay;
import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.invoice.Invoice;
import coop.smart.core.invoice.InvoiceId;
import coop.smart.core.invoice.InvoiceLine;
import coop.smart.core.invoice.PaymentReference;
import coop.smart.core.leasing.AddedEquipment;
import coop.smart.core.leasing.Equipment;
import coop.smart.core.leasing.Lease;
import coop.smart.core.leasing.LeaseId;
import coop.smart.core.member.Member;
import coop.smart.core.member.MemberId;
import coop.smart.core.member.PersonKind;
import coop.smart.core.member.ShareCategory;
import coop.smart.core.money.Rate;
import coop.smart.core.operation.Activities;
import coop.smart.core.operation.Actor;
import coop.smart.core.operation.BankStatements;
import coop.smart.core.operation.Clients;
import coop.smart.core.operation.Collections;
import coop.smart.core.operation.Contracts;
import coop.smart.core.operation.EntityStores;
import coop.smart.core.operation.Invoices;
import coop.smart.core.operation.Leases;
import coop.smart.core.operation.Members;
import coop.smart.core.operation.Role;
import coop.smart.core.operation.SalaryRuns;
import coop.smart.core.report.BooksCheck;
import coop.smart.core.report.DailyBooksCheck;
import coop.smart.core.report.Violation;
import coop.smart.examples.integration.StoryClock;
import coop.smart.examples.replay.YearPlan.PlannedContract;
import coop.smart.examples.replay.YearPlan.PlannedLease;
import coop.smart.examples.replay.ReplayState.Amending;
import coop.smart.examples.replay.ReplayState.Ending;
import coop.smart.examples.replay.YearPlan.PlannedSale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.joda.money.Money;

/**
 * A planned year driven day by day through the library's operations on an entity's stores, the
 * clock moved to each day: members, clients and activities in the first days, then each day the
 * contracts drafted and declared, the invoices issued, the clients' payments and defaults, the
 * salary run on the guaranteed dates, the reminder run, leases and their monthly billing; the
 * books checked at the end of every day (the day's changes; the whole books before the first day
 * and after the last), the first violation stopping the replay. A day's
 * operations are one transaction, checked once committed; the {@link ReplayState} is saved in it,
 * so an interrupted replay resumes after the last day committed. A day's check reads the books as
 * the day left them, on a thread of its own while the next day's operations run beside it; the
 * next day commits only once the check found nothing, so no day is committed after one breaking
 * an invariant.
 */
final class Replay {

  private static final Rate WITHHOLDING = Rate.parse("0.1125");
  /** A defaulting client is declared in default this many days after its first invoice. */
  private static final int DEFAULT_AFTER = 120;
  private static final BigDecimal PROBE = new BigDecimal("1000.00");
  /** A lease of a single item running a year or more has a second item added, of half its price, this many months in. */
  private static final int AMENDED_FROM_MONTHS = 12;
  private static final int AMENDED_AFTER_MONTHS = 3;

  private final EntityStores stores;
  private final StoryClock clock;
  private final YearPlan plan;
  private final Timings timings;
  private final Actor staff;
  private final Members members;
  private final Clients clients;
  private final Activities activities;
  private final Contracts contracts;
  private final Invoices invoices;
  private final Collections collections;
  private final BankStatements bankStatements;
  private final SalaryRuns salaryRuns;
  private final Leases leases;
  private final BooksCheck books;
  private final DailyBooksCheck daily;
  private final ReplayProgress progress;
  private final Runnable statistics;
  private final Snapshots snapshots;
  /** The check of the last day committed, under way or done, null before the first. */
  private DayCheck check;

  private final List<MemberId> memberIds = new ArrayList<>();
  private final List<ClientId> clientIds = new ArrayList<>();
  private final List<Activity> activityList = new ArrayList<>();
  private final Map<LocalDate, List<PlannedContract>> starting = new HashMap<>();
  private final Map<LocalDate, List<PlannedSale>> selling = new HashMap<>();
  private final Map<LocalDate, List<PlannedLease>> leasing = new HashMap<>();
  private final Schedule<Ending> ending = new Schedule<>();
  private final Schedule<InvoiceId> paying = new Schedule<>();
  private final Schedule<ClientId> defaulting = new Schedule<>();
  private final Schedule<LeaseId> payingOff = new Schedule<>();
  private final Schedule<Amending> amending = new Schedule<>();
  /** The clients scheduled to default, each once: those {@link #defaulting} ever planned. */
  private final Set<ClientId> defaultScheduled = new HashSet<>();
  /** The budgets read in the phase running (declaring, leasing), with what they have left for it. */
  private final Map<ActivityId, Money> available = new HashMap<>();
  private LocalDate lastDone;
  private final Map<String, BigDecimal> grossRatio = new HashMap<>();
  private int leasesRefused;

  /**
   * @param statistics refreshes the database's statistics, which the replay does each time the
   *     days replayed double (day 1, 2, 4… 256 of the year), and within the founding day once the
   *     members have joined: its tables grow from nothing faster than autovacuum follows, which
   *     cannot see a transaction's rows before it commits
   * @param snapshots where each day's check reads the books as the day left them
   */
  Replay(EntityStores stores, StoryClock clock, YearPlan plan, Timings timings, ReplayProgress progress, Runnable statistics,
         Snapshots snapshots) {
    this.stores = stores;
    this.clock = clock;
    this.plan = plan;
    this.timings = timings;
    this.staff = new Actor("year replay", stores.entity().code(), Role.ADMIN, null, null);
    this.members = new Members(stores);
    this.clients = new Clients(stores);
    this.activities = new Activities(stores);
    this.contracts = new Contracts(stores);
    this.invoices = new Invoices(stores);
    this.collections = new Collections(stores);
    this.bankStatements = new BankStatements(stores);
    this.salaryRuns = new SalaryRuns(stores);
    this.leases = new Leases(stores);
    this.books = new BooksCheck(stores);
    this.daily = new DailyBooksCheck(stores);
    this.progress = progress;
    this.statistics = statistics;
    this.snapshots = snapshots;
    plan.contracts.forEach(contract -> starting.computeIfAbsent(contract.days().get(0), day -> new ArrayList<>()).add(contract));
    plan.sales.forEach(sale -> selling.computeIfAbsent(sale.on(), day -> new ArrayList<>()).add(sale));
    plan.leases.forEach(lease -> leasing.computeIfAbsent(lease.on(), day -> new ArrayList<>()).add(lease));
  }

  /**
   * Takes up a replay saved after {@code saved.day()}: its records, and what it planned for the days after.
   */
  void resume(ReplayProgress.Saved saved) {
    ReplayState.Founded founded = saved.state().founded();
    lastDone = saved.day();
    founded.members().forEach(id -> memberIds.add(new MemberId(id)));
    founded.clients().forEach(id -> clientIds.add(new ClientId(id)));
    founded.activities().forEach(id -> activityList.add(activities.find(staff, new ActivityId(id))));
    for (ReplayState.Planned planned : saved.state().planned()) {
      ending.resume(planned.ending(), lastDone, each -> each);
      paying.resume(planned.paying(), lastDone, InvoiceId::new);
      defaulting.resume(planned.defaulting(), lastDone, ClientId::new);
      payingOff.resume(planned.payingOff(), lastDone, LeaseId::new);
      amending.resume(planned.amending(), lastDone, each -> each);
      planned.defaulting().values().forEach(clients -> clients.forEach(client -> defaultScheduled.add(new ClientId(client))));
      leasesRefused = planned.leasesRefused();
    }
  }

  /** The days already replayed by the replay {@link #resume resumed}, none for a new one. */
  int daysDone() {
    return lastDone == null ? 0 : lastDone.getDayOfYear();
  }

  /**
   * Replays the days after those already done through the {@code days}th from 1 January, calling
   * {@code dayDone} with the operations of each day replayed; a replay through 31 December closes the year.
   *
   * @throws ReplayStopped at the first day the books break an invariant
   */
  void run(int days, IntConsumer dayDone) {
    LocalDate first = lastDone == null ? LocalDate.of(plan.year, 1, 1) : lastDone.plusDays(1);
    LocalDate last = LocalDate.of(plan.year, 1, 1).plusDays(days - 1);
    stopAt(first.minusDays(1), timings.time("whole check", () -> daily.start(first.minusDays(1))));
    ExecutorService checking = Executors.newSingleThreadExecutor(work -> new Thread(work, "daily check"));
    try {
      for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
        long before = timings.operations();
        replay(day);
        if (Integer.bitCount(day.getDayOfYear()) == 1 || day.equals(first)) timings.time("statistics", statistics);
        check = new DayCheck(day, checking);
        dayDone.accept((int) (timings.operations() - before));
      }
      awaitCheck();
    } finally {
      checking.shutdownNow();
    }
    if (last.getMonthValue() == 12 && last.getDayOfMonth() == 31 && !progress.last().orElseThrow().yearClosed()) {
      clock.moveTo(last.plusDays(1));
      timings.time("year closing", () -> stores.transactions().useTransaction(() -> {
        activities.closeYearEverywhere(staff, plan.year);
        progress.yearClosed();
      }));
      timings.count("year closing", activityList.size());
    }
    stopAt(last, timings.time("whole check", () -> books.check(last)));
  }

  private static void stopAt(LocalDate day, List<Violation> violations) {
    if (!violations.isEmpty()) throw new ReplayStopped(day, violations.get(0));
  }

  /** The daily check of a day just committed, on its own thread and snapshot. */
  private final class DayCheck {

    private final LocalDate day;
    private final Future<List<Violation>> violations;

    /** Starts the check of {@code day} on {@code thread}; returns once it holds its snapshot, so the books it reads are the day's. */
    DayCheck(LocalDate day, ExecutorService thread) {
      this.day = day;
      CompletableFuture<Void> taken = new CompletableFuture<>();
      this.violations = thread.submit(() -> {
        try {
          return timings.time("invariants", () -> snapshots.read(() -> taken.complete(null), () -> daily.check(day)));
        } catch (RuntimeException failed) {
          taken.completeExceptionally(failed);
          throw failed;
        }
      });
      taken.join();
    }

    /** Waits for the check to end; the first violation it found stops the replay at its day. */
    void await() {
      try {
        stopAt(day, violations.get());
      } catch (ExecutionException failed) {
        if (failed.getCause() instanceof RuntimeException cause) throw cause;
        throw new IllegalStateException("the check of " + day + " failed", failed.getCause());
      } catch (InterruptedException interrupted) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted waiting for the check of " + day, interrupted);
      }
    }
  }

  /** Waits for the last day's check, when one is under way. */
  private void awaitCheck() {
    if (check != null) timings.time("invariants, waited for", check::await);
    check = null;
  }

  int leasesRefused() {
    return leasesRefused;
  }

  // A day's operations commit together, with the state they leave: each joins the day's transaction, so a day is
  // replayed whole or not at all.
  private void replay(LocalDate day) {
    clock.moveTo(day);
    stores.transactions().useTransaction(() -> {
      operations(day);
      awaitCheck();
      timings.time("progress", () -> {
        if (lastDone == null) progress.founded(day, founded(), planned());
        else progress.dayDone(day, planned());
      });
    });
    lastDone = day;
  }

  private ReplayState.Founded founded() {
    return new ReplayState.Founded(uuids(memberIds, MemberId::value), uuids(clientIds, ClientId::value),
        uuids(activityList, activity -> activity.id().value()));
  }

  /** What was planned since the plans were last saved. */
  private ReplayState.Planned planned() {
    return new ReplayState.Planned(ending.takeUnsaved(each -> each), paying.takeUnsaved(InvoiceId::value),
        defaulting.takeUnsaved(ClientId::value), payingOff.takeUnsaved(LeaseId::value), amending.takeUnsaved(each -> each), leasesRefused);
  }

  private static <T> List<UUID> uuids(List<T> records, Function<T, UUID> id) {
    return records.stream().map(id).toList();
  }

  private void operations(LocalDate day) {
    if (day.getDayOfYear() == 1) timings.time("founding", () -> found(day));
    timings.time("contracts", () -> declare(day));
    timings.time("invoices", () -> invoice(day));
    timings.time("client payments", () -> collect(day));
    timings.time("salary runs", () -> timings.count("salary runs", 1 + salaryRuns.pay(staff, day).size()));
    timings.time("reminder runs", () -> timings.count("reminder runs", 1 + collections.remind(staff, day).size()));
    timings.time("leases", () -> lease(day));
  }

  /** The members, clients and activities of the year, and the guarantee fund's reserve. */
  private void found(LocalDate day) {
    List<Member> joined = new ArrayList<>();
    for (YearPlan.PlannedMember planned : plan.members) {
      joined.add(members.join(staff, planned.index() % 20 == 0 ? PersonKind.LEGAL_PERSON : PersonKind.NATURAL_PERSON, "Member " + planned.index()));
    }
    // The members are read back from here on: planned as the empty table the day started with, each read would scan it whole.
    statistics.run();
    for (int i = 0; i < joined.size(); i++) {
      Member member = joined.get(i);
      if (plan.members.get(i).shareholder()) members.buyShares(staff, member.id(), member.version(), 1, ShareCategory.A);
      memberIds.add(member.id());
    }
    for (YearPlan.PlannedClient planned : plan.clients) clientIds.add(clients.register(staff, clientDetails(planned.index())).id());
    for (YearPlan.PlannedActivity planned : plan.activities) {
      activityList.add(activities.open(staff, "Activity " + planned.index(), Sector.of("music"),
          List.of(memberIds.get(planned.administrator()).value())));
    }
    salaryRuns.contribute(staff, Money.of(stores.entity().currency(), BigDecimal.valueOf(Math.max(50_000, 5_000_000L * plan.members.size() / YearPlan.MEMBERS))), day);
    timings.count("founding", memberIds.size() + clientIds.size() + activityList.size() + 1);
  }

  /** Mostly Belgian businesses, some consumers, and some businesses elsewhere in the EU or outside it. */
  private Clients.Details clientDetails(int i) {
    return switch (i % 10) {
      case 0 -> new Clients.Details("Client " + i, "BE", ClientKind.CONSUMER, null);
      case 1 -> new Clients.Details("Client " + i, "FR", ClientKind.BUSINESS, "FR" + (10_000_000_000L + i));
      case 2 -> new Clients.Details("Client " + i, "CH", ClientKind.BUSINESS, null);
      default -> new Clients.Details("Client " + i, "BE", ClientKind.BUSINESS, "BE0" + (400_000_000 + i));
    };
  }

  /**
   * The contracts starting today, drafted together and declared together: paid from their
   * activity's budget when it holds their employment budget besides what the day's earlier
   * contracts take from it, otherwise invoiced to their client on their last day.
   */
  private void declare(LocalDate day) {
    readBudgets();
    List<PlannedContract> planned = starting.getOrDefault(day, List.of());
    List<ContractTerms> terms = new ArrayList<>();
    for (PlannedContract contract : planned) {
      List<WorkDay> days = contract.days().stream().map(date -> new WorkDay(date, new BigDecimal("8"))).toList();
      BigDecimal gross = contract.grossPerDay().multiply(BigDecimal.valueOf(days.size()));
      Activity payer = null;
      Money budget = null;
      if (contract.activity() >= 0) {
        budget = Money.of(stores.entity().currency(), gross.divide(grossRatio(contract.type(), true), 2, RoundingMode.HALF_EVEN));
        payer = payer(contract.activity(), budget);
      }
      if (payer != null) {
        available.merge(payer.id(), budget.negated(), Money::plus);
        terms.add(terms(payer.administrators().iterator().next(), null, payer, contract, days, budget));
      } else {
        Money invoiced = Money.of(stores.entity().currency(), gross.divide(grossRatio(contract.type(), false), 2, RoundingMode.HALF_EVEN));
        terms.add(terms(memberIds.get(contract.member()), clientIds.get(contract.client()), null, contract, days, invoiced));
      }
    }
    List<Contract> declared = contracts.declareAll(staff, contracts.draftAll(staff, terms).stream()
        .map(draft -> new Contracts.Declaration(draft.id(), draft.version())).toList());
    for (int i = 0; i < declared.size(); i++) {
      Contract contract = declared.get(i);
      if (contract.fundedByBudget()) continue;
      ending.plan(contract.end(), new Ending(contract.id().value(), planned.get(i).client(), planned.get(i).payAfter()));
    }
    timings.count("contracts", 2 * declared.size());
  }

  private ContractTerms terms(MemberId member, ClientId client, Activity activity, PlannedContract planned, List<WorkDay> days, Money amount) {
    return new ContractTerms(member, client, activity == null ? null : activity.id(), planned.type(), planned.structure(), HolderKind.INDIVIDUAL,
        days.get(0).date(), days.get(days.size() - 1).date(), days, amount, Money.zero(stores.entity().currency()), WITHHOLDING);
  }

  /**
   * What the pay rules make a gross salary of, per unit invoiced, or per unit of an activity's
   * budget, for a contract type: to pay the report's gross salaries.
   */
  private BigDecimal grossRatio(ContractType type, boolean fromBudget) {
    return grossRatio.computeIfAbsent(type.name() + fromBudget, kind -> {
      LocalDate day = LocalDate.of(plan.year, 3, 1);
      Contract probe = Contract.draft(stores.entity(), new ContractTerms(new MemberId(UUID.randomUUID()),
          fromBudget ? null : new ClientId(UUID.randomUUID()), fromBudget ? ActivityId.random() : null, type,
          "ASSOCIATED_PRODUCTIONS", HolderKind.INDIVIDUAL, day, day, List.of(new WorkDay(day, new BigDecimal("8"))),
          Money.of(stores.entity().currency(), PROBE), Money.zero(stores.entity().currency()), WITHHOLDING));
      return probe.pay(stores.entity(), QuotaUsage.NONE).breakdown().gross().getAmount().divide(PROBE, 6, RoundingMode.HALF_EVEN);
    });
  }

  /** The invoices of the contracts ending today, issued together, and the activities' sales of the day, issued together. */
  private void invoice(LocalDate day) {
    List<Ending> ended = ending.on(day);
    List<Invoice> issued = invoices.issueForContracts(staff, ended.stream().map(contract -> new ContractId(contract.contract())).toList(), day);
    for (int i = 0; i < ended.size(); i++) awaitPayment(issued.get(i), ended.get(i).client(), ended.get(i).payAfter(), day);
    timings.count("invoices", ended.size());
    List<PlannedSale> sales = selling.getOrDefault(day, List.of());
    List<Invoice> sold = invoices.issueForActivities(staff, sales.stream().map(sale -> {
      Activity activity = activityList.get(sale.activity());
      List<InvoiceLine> lines = sale.lines().stream()
          .map(amount -> new InvoiceLine("Services", BigDecimal.ONE, Money.of(stores.entity().currency(), amount))).toList();
      return new Invoices.ActivitySale(activity.id(), activity.administrators().iterator().next(), clientIds.get(sale.client()), null,
          HolderKind.INDIVIDUAL, lines);
    }).toList(), day);
    for (int i = 0; i < sales.size(); i++) awaitPayment(sold.get(i), sales.get(i).client(), sales.get(i).payAfter(), day);
    timings.count("invoices", sales.size());
  }

  private void awaitPayment(Invoice invoice, int client, int payAfter, LocalDate day) {
    if (payAfter >= 0) {
      paying.plan(day.plusDays(payAfter), invoice.id());
    } else if (defaultScheduled.add(clientIds.get(client))) {
      defaulting.plan(day.plusDays(DEFAULT_AFTER), clientIds.get(client));
    }
  }

  /**
   * Clients pay in full what they still owe on the day planned, each by a transfer quoting its
   * invoice's payment reference, which the day's statement of the entity's bank account brings;
   * defaulting clients are declared so.
   */
  private void collect(LocalDate day) {
    List<InvoiceId> due = paying.on(day);
    Map<InvoiceId, Invoice> owing = stores.invoices().findAll(due).stream().collect(Collectors.toMap(Invoice::id, invoice -> invoice));
    List<BankEntry> credits = due.stream().map(owing::get).filter(invoice -> invoice.status().isOpen())
        .map(invoice -> new BankEntry("transfer " + invoice.id().value(), invoice.outstanding(), true, day, day, null, null, null,
            PaymentReference.of(stores.entity().issuer().paymentReference(), invoice.number()).text()))
        .toList();
    if (!credits.isEmpty()) {
      ImportedStatement statement = bankStatements.importStatement(staff,
          new BankStatement("statement of " + day, stores.entity().issuer().iban(), credits)).statement();
      statement.entries().stream().filter(entry -> entry.status() != EntryStatus.MATCHED).findFirst().ifPresent(entry -> {
        throw new IllegalStateException("the transfer " + entry.entry().reference() + " of " + day + " paid no invoice: " + entry.note());
      });
      timings.count("client payments", credits.size());
    }
    for (ClientId client : defaulting.on(day)) {
      collections.declareDefault(staff, client, day);
      timings.count("client payments", 1);
    }
  }

  /**
   * Leases signed today, by their activity or, when its budget cannot pay the first instalments,
   * by another activity whose budget can; paid-off leases; items added to running leases; and the billing run on the 1st of
   * the month.
   */
  private void lease(LocalDate day) {
    readBudgets();
    for (PlannedLease planned : leasing.getOrDefault(day, List.of())) {
      List<Equipment> equipment = planned.equipment().stream()
          .map(price -> Equipment.of("Equipment", Money.of(stores.entity().currency(), price))).toList();
      Money principal = equipment.stream().map(Equipment::price).reduce(Money::plus).orElseThrow();
      Activity payer = payer(planned.activity(), principal);
      if (payer == null) {
        leasesRefused++;
        continue;
      }
      Lease lease = leases.sign(staff, payer.id(), equipment, day, null, planned.months());
      available.put(payer.id(), activities.budgets().available(payer.id()));
      if (planned.paidOffAfter() > 0) payingOff.plan(day.plusMonths(planned.paidOffAfter()), lease.id());
      else if (planned.months() >= AMENDED_FROM_MONTHS && planned.equipment().size() == 1) {
        BigDecimal price = planned.equipment().get(0).divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_EVEN);
        amending.plan(day.plusMonths(AMENDED_AFTER_MONTHS), new Amending(lease.id().value(), price));
      }
      timings.count("leases", 1);
    }
    for (LeaseId lease : payingOff.on(day)) {
      Lease current = leases.find(staff, lease);
      // Paying off spends what is outstanding, with the instalments due, at once: an activity short of it lets the lease run on.
      if (activities.budgets().available(current.activity()).isLessThan(current.outstandingOn(day).multipliedBy(2))) {
        leasesRefused++;
        continue;
      }
      leases.payOff(staff, current.id(), current.version(), day);
      timings.count("leases", 1);
    }
    for (Amending amended : amending.on(day)) {
      Lease current = leases.find(staff, new LeaseId(amended.lease()));
      leases.amend(staff, current.id(), current.version(),
          new AddedEquipment(day, Equipment.of("Added equipment", Money.of(stores.entity().currency(), amended.price()))), day);
      timings.count("leases", 1);
    }
    if (day.getDayOfMonth() == 1) {
      leasesRefused += leases.bill(staff, day).refused().size();
      timings.count("leases", 1);
    }
  }

  /** Every activity's budget, read at once at the start of a phase that spends them. */
  private void readBudgets() {
    available.clear();
    available.putAll(activities.budgets().available(activityList.stream().map(Activity::id).toList()));
  }

  /**
   * The planned activity, or the next one after it, whose budget has {@code amount} left; null
   * when none does. The budgets are read once per phase: within it, only the replay spends, and
   * takes what it reserves off what it read.
   */
  private Activity payer(int planned, Money amount) {
    for (int i = 0; i < activityList.size(); i++) {
      Activity activity = activityList.get((planned + i) % activityList.size());
      Money left = available.get(activity.id());
      if (left != null && !left.isLessThan(amount)) return activity;
    }
    return null;
  }
}
