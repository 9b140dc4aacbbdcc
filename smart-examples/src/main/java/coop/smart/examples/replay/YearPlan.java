package coop.smart.examples.replay;

import coop.smart.core.entity.ContractType;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A year of SMart Belgium's activity to replay, at a fraction of its 2017 volume and calibrated on
 * the 2017 report: who joins, which contracts are worked by whom for which client or activity, what the
 * activities invoice, when clients pay or default, which equipment is leased. Only inputs: what
 * the books make of them is read back from the stores. Seeded, so a scale and a seed always give
 * the same year.
 */
final class YearPlan {

  /** People who worked a contract in 2017 and shareholders among them [report L293-301]. */
  static final int MEMBERS = 22_947;
  static final int SHAREHOLDERS = 14_512;
  static final int CLIENTS = 12_000;
  static final int ACTIVITIES = 1_500;
  /** Invoices of 2017, about 150,000 of them for contracts. */
  static final int INVOICES = 170_000;
  static final int CONTRACTS = 150_000;
  static final int NEW_LEASES = 271;
  /**
   * One contract in two is paid from its activity's budget, with no invoice of its own: the
   * contracts' turnover, 56,619,509, pays about 35 million of the 71,650,159 gross salaries
   * (after the 6.5% fee and 51.25% employer costs); the activities' turnover pays the rest.
   */
  static final int FROM_BUDGET_ONE_IN = 2;
  /** Without a share, a member works this many contracts at most. */
  static final int CONTRACTS_WITHOUT_SHARE = 3;

  /** A contract type of the report's table: its workers, gross salaries per day worked, and days. */
  record TypeMix(ContractType type, int workers, BigDecimal grossPerDay, int days) {
  }

  static final List<TypeMix> TYPES = List.of(
      new TypeMix(ContractType.EMPLOYEE, 10_817, new BigDecimal("108.40"), 330_952),
      new TypeMix(ContractType.STUDENT, 4_677, new BigDecimal("53.99"), 99_018),
      new TypeMix(ContractType.ARTIST, 9_886, new BigDecimal("125.12"), 228_483),
      new TypeMix(ContractType.ARTIST_1BIS, 882, new BigDecimal("94.93"), 19_387));

  record PlannedMember(int index, ContractType type, boolean shareholder) {
  }

  /** A client; a defaulting one never pays and is declared in default some months after its first invoice. */
  record PlannedClient(int index, boolean defaults) {
  }

  record PlannedActivity(int index, int administrator) {
  }

  /**
   * @param activity the activity whose budget pays it, its administrator working it, or -1 for a
   *     contract invoiced to its client; one whose activity lacks the budget is invoiced instead
   * @param payAfter days from the invoice to the client's payment, or -1 when the client never pays
   */
  record PlannedContract(int member, int client, int activity, ContractType type, String structure, List<LocalDate> days,
                         BigDecimal grossPerDay, int payAfter) {
  }

  record PlannedSale(int activity, int client, LocalDate on, List<BigDecimal> lines, int payAfter) {
  }

  /** @param paidOffAfter months after which the lease is paid off, or 0 when it runs its term */
  record PlannedLease(int activity, LocalDate on, List<BigDecimal> equipment, int months, int paidOffAfter) {
  }

  final int year;
  final List<PlannedMember> members = new ArrayList<>();
  final List<PlannedClient> clients = new ArrayList<>();
  final List<PlannedActivity> activities = new ArrayList<>();
  final List<PlannedContract> contracts = new ArrayList<>();
  final List<PlannedSale> sales = new ArrayList<>();
  final List<PlannedLease> leases = new ArrayList<>();

  private final SplittableRandom random;

  YearPlan(int year, double scale, long seed) {
    this.year = year;
    this.random = new SplittableRandom(seed);
    int memberCount = count(MEMBERS, scale);
    int shareholders = count(SHAREHOLDERS, scale);
    int typeWorkers = TYPES.stream().mapToInt(TypeMix::workers).sum();
    for (int i = 0; i < memberCount; i++) members.add(new PlannedMember(i, typeOf(random.nextInt(typeWorkers)), i < shareholders));
    for (int i = 0; i < count(CLIENTS, scale); i++) clients.add(new PlannedClient(i, i % 100 == 0));
    for (int i = 0; i < count(ACTIVITIES, scale); i++) activities.add(new PlannedActivity(i, random.nextInt(shareholders)));
    planContracts(scale);
    long invoicedContracts = contracts.stream().filter(contract -> contract.activity() < 0).count();
    for (int i = 0; i < Math.max(1, count(INVOICES, scale) - invoicedContracts); i++) sales.add(sale());
    for (int i = 0; i < count(NEW_LEASES, scale); i++) leases.add(lease());
  }

  private static int count(int fullYear, double scale) {
    return (int) Math.max(1, Math.round(fullYear * scale));
  }

  private static ContractType typeOf(int drawn) {
    for (TypeMix mix : TYPES) {
      if (drawn < mix.workers()) return mix.type();
      drawn -= mix.workers();
    }
    throw new IllegalArgumentException("no type for " + drawn);
  }

  // Contracts by type in proportion to the type's days; a member works its own type's contracts,
  // three at most without a share, which its fourth would need.
  private void planContracts(double scale) {
    int totalDays = TYPES.stream().mapToInt(TypeMix::days).sum();
    int[] worked = new int[members.size()];
    for (TypeMix mix : TYPES) {
      List<PlannedMember> ofType = members.stream().filter(member -> member.type() == mix.type()).toList();
      List<PlannedMember> shareholders = ofType.stream().filter(PlannedMember::shareholder).toList();
      if (shareholders.isEmpty()) shareholders = members.stream().filter(PlannedMember::shareholder).toList();
      int count = (int) Math.round((double) count(CONTRACTS, scale) * mix.days() / totalDays);
      for (int i = 0; i < count; i++) {
        PlannedMember member = ofType.isEmpty() ? pick(shareholders) : pick(ofType);
        if (!member.shareholder() && worked[member.index()] >= CONTRACTS_WITHOUT_SHARE) member = pick(shareholders);
        worked[member.index()]++;
        int client = random.nextInt(clients.size());
        int activity = random.nextInt(FROM_BUDGET_ONE_IN) == 0 ? random.nextInt(activities.size()) : -1;
        contracts.add(new PlannedContract(member.index(), client, activity, mix.type(), structure(), workDays(), mix.grossPerDay(),
            payAfter(client)));
      }
    }
  }

  /** The structures in proportion to their days [report L700-790]: 619,590, 37,972 and 20,278. */
  private String structure() {
    int drawn = random.nextInt(677_840);
    if (drawn < 619_590) return "ASSOCIATED_PRODUCTIONS";
    return drawn < 619_590 + 37_972 ? "TEMPORARY_WORK" : "TRAINING";
  }

  /** One to eight consecutive working days, 4.5 on average as in the report, ending in the year. */
  private List<LocalDate> workDays() {
    int count = 1 + random.nextInt(8);
    LocalDate day = LocalDate.of(year, 1, 2).plusDays(random.nextInt(345));
    List<LocalDate> days = new ArrayList<>();
    for (; days.size() < count; day = day.plusDays(1)) {
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) days.add(day);
    }
    return days;
  }

  /**
   * Nine invoices in ten are paid within 5 to 35 days, the rest 100 to 300 days late, for the
   * report's average of 45 days; a defaulting client never pays.
   */
  private int payAfter(int client) {
    if (clients.get(client).defaults()) return -1;
    return random.nextInt(10) == 0 ? 100 + random.nextInt(201) : 5 + random.nextInt(31);
  }

  /** An activity's invoice of one to three lines, 1,000 on average: 93,388,638 over the 95,000 invoices not of a contract. */
  private PlannedSale sale() {
    int client = random.nextInt(clients.size());
    List<BigDecimal> lines = new ArrayList<>();
    for (int line = 0, count = 1 + random.nextInt(3); line < count; line++) lines.add(BigDecimal.valueOf(15_000 + random.nextInt(70_000), 2));
    return new PlannedSale(random.nextInt(activities.size()), client, LocalDate.of(year, 1, 2).plusDays(random.nextInt(360)), lines,
        payAfter(client));
  }

  /**
   * A lease of one or two items, about 2,070 signed per lease (561,077 over 271), over 6 to 24
   * months; four in ten paid off early, as 156 of them still run at the year's end.
   */
  private PlannedLease lease() {
    List<BigDecimal> equipment = new ArrayList<>();
    for (int item = 0, count = 1 + random.nextInt(2); item < count; item++) equipment.add(BigDecimal.valueOf(50_000 + random.nextInt(175_000), 2));
    int months = 6 + random.nextInt(19);
    return new PlannedLease(random.nextInt(activities.size()), LocalDate.of(year, 2, 1).plusDays(random.nextInt(300)), equipment, months,
        random.nextInt(10) < 4 ? 1 + random.nextInt(Math.min(months - 1, 6)) : 0);
  }

  private <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }
}
