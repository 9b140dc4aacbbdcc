package coop.smart.examples.bench;

import coop.smart.core.activity.Activity;
import coop.smart.core.activity.Sector;
import coop.smart.core.client.Client;
import coop.smart.core.client.ClientId;
import coop.smart.core.client.ClientKind;
import coop.smart.core.contract.Contract;
import coop.smart.core.contract.ContractId;
import coop.smart.core.contract.ContractTerms;
import coop.smart.core.contract.QuotaUsage;
import coop.smart.core.contract.WorkDay;
import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.entity.VatArea;
import coop.smart.core.flow.MoneyFlow.ContractInvoice;
import coop.smart.core.flow.MoneyFlow;
import coop.smart.core.invoice.InMemoryInvoiceNumbering;
import coop.smart.core.invoice.Invoice;
import coop.smart.core.invoice.InvoiceLine;
import coop.smart.core.leasing.Equipment;
import coop.smart.core.leasing.Lease;
import coop.smart.core.leasing.LeaseId;
import coop.smart.core.ledger.InMemoryLedger;
import coop.smart.core.ledger.JournalEntry;
import coop.smart.core.ledger.Posting;
import coop.smart.core.member.Member;
import coop.smart.core.member.MemberId;
import coop.smart.core.member.PersonKind;
import coop.smart.core.member.ShareCategory;
import coop.smart.core.money.Rate;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.joda.money.Money;

/**
 * A year of SMart Belgium's records at a fraction of its 2017 volume, made through the core as
 * the cooperative would make them: members buy a share, contracts are drafted under the pay
 * rules, declared, invoiced with VAT and paid, activities invoice their clients, and the money
 * flow posts every journal entry. At full scale: 23,000 members, 150,000 contracts and their
 * invoices, 20,000 invoices of 1,500 activities, and 300 equipment leases. Seeded, so a scale
 * always gives the same records.
 */
final class BelgianYear {

  private static final int MEMBERS = 23_000;
  private static final int CLIENTS = 12_000;
  private static final int ACTIVITIES = 1_500;
  private static final int CONTRACTS = 150_000;
  private static final int ACTIVITY_INVOICES = 20_000;
  private static final int LEASES = 300;
  private static final LocalDate NEW_YEAR = LocalDate.of(2017, 1, 2);
  /** The last start of a contract, so its pay and its client's payment fall in the year too. */
  private static final int LAST_START = 300;
  /** One client in ten never pays within the year: the guarantee fund advances those salaries. */
  private static final int UNPAID_IN = 10;
  private static final String[] STRUCTURES = {"ASSOCIATED_PRODUCTIONS", "ASSOCIATED_PRODUCTIONS", "ASSOCIATED_PRODUCTIONS", "TRAINING",
      "TEMPORARY_WORK"};
  private static final String[] SECTORS = {"music", "theatre", "film", "design", "training"};

  final NationalEntity belgium;
  final List<Member> members = new ArrayList<>();
  final List<Client> clients = new ArrayList<>();
  final List<Activity> activities = new ArrayList<>();
  final List<Contract> contracts = new ArrayList<>();
  final List<Invoice> invoices = new ArrayList<>();
  final List<Lease> leases = new ArrayList<>();
  /** The entries each contract's invoice, salary and payment posted. */
  final Map<ContractId, List<JournalEntry>> entriesOfContract = new LinkedHashMap<>();
  final List<JournalEntry> entries;

  private final SplittableRandom random;

  private BelgianYear(double scale, long seed) {
    belgium = EntityCatalog.standard().entity("BE");
    random = new SplittableRandom(seed);
    RecordingLedger ledger = new RecordingLedger(new InMemoryLedger(belgium.code(), belgium.currency()));
    MoneyFlow flow = new MoneyFlow(belgium, VatArea.standard(), ledger, new InMemoryInvoiceNumbering());
    flow.fund().contribute(Money.of(belgium.currency(), 5_000_000), NEW_YEAR);
    ledger.takeRecent();
    for (int i = 0; i < count(MEMBERS, scale); i++) {
      members.add(Member.join(belgium.code(), i % 20 == 0 ? PersonKind.LEGAL_PERSON : PersonKind.NATURAL_PERSON, "Member " + i)
          .buyShares(1 + random.nextInt(3), ShareCategory.A));
    }
    for (int i = 0; i < count(CLIENTS, scale); i++) clients.add(client(i));
    Map<MemberId, Member> byId = new HashMap<>();
    members.forEach(member -> byId.put(member.id(), member));
    for (int i = 0; i < count(ACTIVITIES, scale); i++) activities.add(activity(i));
    Map<ClientId, Client> clientsById = new HashMap<>();
    clients.forEach(client -> clientsById.put(client.id(), client));
    List<Contract> declared = new ArrayList<>();
    for (int i = 0; i < count(CONTRACTS, scale); i++) declared.add(declaredContract(byId));
    List<Sale> drawn = new ArrayList<>();
    for (int i = 0; i < count(ACTIVITY_INVOICES, scale); i++) drawn.add(sale(byId));
    // A series is numbered in the order of its invoices' dates, so the year's invoices are issued day after day.
    declared.sort(Comparator.comparing(Contract::end));
    drawn.sort(Comparator.comparing(Sale::on));
    Deque<Sale> sales = new ArrayDeque<>(drawn);
    for (Contract contract : declared) {
      while (!sales.isEmpty() && sales.peek().on().isBefore(contract.end())) invoices.add(sales.poll().issue(flow));
      ledger.takeRecent(); // the activities' entries are the year's, not the contract's
      invoiceAndPay(flow, contract, clientsById.get(contract.client()));
      entriesOfContract.put(contract.id(), ledger.takeRecent());
    }
    sales.forEach(sale -> invoices.add(sale.issue(flow)));
    for (int i = 0; i < count(LEASES, scale); i++) leases.add(lease(i));
    entries = ledger.entries();
  }

  /** The year at {@code scale} of the 2017 volume, from {@code seed}. */
  static BelgianYear generate(double scale, long seed) {
    return new BelgianYear(scale, seed);
  }

  /** How many table rows storing the year writes: each aggregate's row and the rows of its parts, each entry's and its postings', each party's account's kept balance. */
  long rows() {
    long rows = members.size() + clients.size();
    for (Activity activity : activities) rows += 1 + activity.administrators().size();
    for (Contract contract : contracts) rows += 1 + contract.workDays().size();
    for (Invoice invoice : invoices) {
      rows += 1 + invoice.lines().size() + invoice.payments().size() + invoice.creditNotes().size() + invoice.reminders().size();
    }
    for (Lease lease : leases) rows += 1 + lease.equipment().size() + lease.amendments().size();
    for (JournalEntry entry : entries) rows += 1 + entry.postings().size();
    return rows + entries.stream().flatMap(entry -> entry.postings().stream()).map(Posting::account)
        .filter(account -> account.subject() != null).distinct().count();
  }

  private static int count(int fullYear, double scale) {
    return (int) Math.max(1, Math.round(fullYear * scale));
  }

  /** Mostly Belgian businesses, some consumers, and some businesses elsewhere in the EU or outside it, for every VAT case. */
  private Client client(int i) {
    return switch (i % 10) {
      case 0 -> Client.register(belgium.code(), "Client " + i, "BE", ClientKind.CONSUMER, null);
      case 1 -> Client.register(belgium.code(), "Client " + i, "FR", ClientKind.BUSINESS, "FR" + (10_000_000_000L + i));
      case 2 -> Client.register(belgium.code(), "Client " + i, "CH", ClientKind.BUSINESS, null);
      default -> Client.register(belgium.code(), "Client " + i, "BE", ClientKind.BUSINESS, "BE0" + (400_000_000 + i));
    };
  }

  private Activity activity(int i) {
    Activity activity = Activity.open(belgium, pick(members), "Activity " + i, Sector.of(SECTORS[i % SECTORS.length]), NEW_YEAR);
    return i % 3 == 0 ? activity.addAdministrator(belgium, pick(members), NEW_YEAR) : activity;
  }

  /** A contract of one to four working days for a client, drafted and declared. */
  private Contract declaredContract(Map<MemberId, Member> members) {
    Member member = pick(this.members);
    Client client = pick(clients);
    List<WorkDay> days = workDays(NEW_YEAR.plusDays(random.nextInt(LAST_START)), 1 + random.nextInt(4));
    BigDecimal hours = days.stream().map(WorkDay::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
    Money amount = Money.ofMinor(belgium.currency(), hours.multiply(BigDecimal.valueOf(2_500 + random.nextInt(5_000))).longValue());
    LocalDate end = days.get(days.size() - 1).date();
    Contract draft = Contract.draft(belgium, new ContractTerms(member.id(), client.id(), null, ContractType.EMPLOYEE,
        STRUCTURES[random.nextInt(STRUCTURES.length)], HolderKind.INDIVIDUAL, days.get(0).date(), end, days, amount,
        Money.zero(belgium.currency()), Rate.parse("0.1125")));
    return draft.declare(belgium, members.get(member.id()), 0, draft.start());
  }

  /**
   * The contract invoiced to its client at the end of its service, its salary paid on its
   * payment date, and its invoice paid by the client unless it is one of those that never pay.
   */
  private void invoiceAndPay(MoneyFlow flow, Contract declared, Client client) {
    ContractInvoice invoiced = flow.invoice(declared, client,
        List.of(new InvoiceLine("Services " + declared.end(), BigDecimal.ONE, declared.invoicedAmount())), declared.end());
    LocalDate payday = declared.pay(belgium, QuotaUsage.NONE).payment().paymentDate();
    ContractInvoice paid = flow.paySalary(invoiced, QuotaUsage.NONE, payday);
    Invoice invoice = paid.invoice();
    if (random.nextInt(UNPAID_IN) != 0) invoice = flow.receivePayment(invoice, null, invoice.total(), invoice.dueDate());
    contracts.add(paid.contract());
    invoices.add(invoice);
  }

  /** Consecutive working days (Monday to Friday) from {@code start}, of four to eight hours by the half hour. */
  private List<WorkDay> workDays(LocalDate start, int count) {
    List<WorkDay> days = new ArrayList<>();
    for (LocalDate day = start; days.size() < count; day = day.plusDays(1)) {
      if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) continue;
      days.add(new WorkDay(day, BigDecimal.valueOf(8 + random.nextInt(9)).divide(BigDecimal.valueOf(2))));
    }
    return days;
  }

  /** What an activity's administrator invoices a client on a day, in one to three lines. */
  private record Sale(Activity activity, Member administrator, Client client, List<InvoiceLine> lines, LocalDate on, boolean paid) {

    /** The invoice issued, and paid on its due date unless its client is one of those that never pay. */
    Invoice issue(MoneyFlow flow) {
      Invoice invoice = flow.invoice(activity, administrator, client, null, HolderKind.INDIVIDUAL, lines, on);
      return paid ? flow.receivePayment(invoice, activity, invoice.total(), invoice.dueDate()) : invoice;
    }
  }

  private Sale sale(Map<MemberId, Member> members) {
    Activity activity = pick(activities);
    Member administrator = members.get(activity.administrators().iterator().next());
    List<InvoiceLine> lines = new ArrayList<>();
    for (int line = 0, count = 1 + random.nextInt(3); line < count; line++) {
      lines.add(new InvoiceLine("Line " + line, BigDecimal.valueOf(1 + random.nextInt(5)), Money.ofMinor(belgium.currency(),
          10_000 + random.nextInt(200_000))));
    }
    return new Sale(activity, administrator, pick(clients), lines, NEW_YEAR.plusDays(random.nextInt(LAST_START)), random.nextInt(UNPAID_IN) != 0);
  }

  /** A lease of one to three items to an activity over 12 to 36 months at the entity's default rate. */
  private Lease lease(int i) {
    List<Equipment> equipment = new ArrayList<>();
    for (int item = 0, count = 1 + random.nextInt(3); item < count; item++) {
      equipment.add(Equipment.of("Equipment " + i + "." + item, Money.ofMinor(belgium.currency(), 50_000 + random.nextInt(500_000))));
    }
    return Lease.sign(LeaseId.random(), belgium, pick(activities).id(), equipment, NEW_YEAR.plusDays(random.nextInt(LAST_START)), null,
        12 + random.nextInt(25));
  }

  private <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }
}
