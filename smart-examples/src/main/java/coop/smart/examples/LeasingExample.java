package coop.smart.examples;

import coop.smart.core.activity.ActivityId;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.leasing.AddedEquipment;
import coop.smart.core.leasing.AmortisationSchedule;
import coop.smart.core.leasing.Equipment;
import coop.smart.core.leasing.Instalment;
import coop.smart.core.leasing.Lease;
import coop.smart.core.leasing.LeaseId;
import coop.smart.core.leasing.PortfolioTable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.joda.money.Money;

/**
 * Leasing in the Belgian entity: the schedule of a lease of the report's average value and
 * duration for 2017 (3,596.65 over 14 months) at the entity's default rate, then the report's
 * portfolio table for a year of generated leases about as many and as large as Belgium's 2017
 * ones. The generator is seeded, so every run prints the same figures.
 */
public final class LeasingExample {

  private static final LocalDate START = LocalDate.of(2018, 1, 15);
  private static final int YEAR = 2017;
  /** The report's new contracts in 2017. */
  private static final int NEW_CONTRACTS = 271;

  private LeasingExample() {
  }

  public static void main(String[] args) {
    NationalEntity belgium = EntityCatalog.standard().entity("BE");
    printSchedule(belgium, Lease.quote(belgium, Money.parse("EUR 3596.65"), null, 14, START));
    System.out.println();
    printTable(belgium, PortfolioTable.ofYear(YEAR, belgium.currency(), generatedYear(belgium, new Random(YEAR))));
  }

  private static void printSchedule(NationalEntity entity, AmortisationSchedule schedule) {
    System.out.printf("Lease of %s %s over %d months from %s at %s a year, the default rate of %s%n", amount(schedule.principal()),
        schedule.principal().getCurrencyUnit(), schedule.months(), schedule.startDate(), schedule.annualRate(), entity.name());
    System.out.printf("%4s  %-10s %12s %10s %12s %12s%n", "no", "due", "amount", "interest", "principal", "outstanding");
    for (Instalment row : schedule.rows()) {
      System.out.printf("%4d  %-10s %12s %10s %12s %12s%n", row.number(), row.dueDate(), amount(row.amount()),
          amount(row.interest()), amount(row.principal()), amount(row.outstanding()));
    }
    System.out.printf("%4s  %-10s %12s %10s %12s%n", "", "total", amount(schedule.totalPaid()), amount(schedule.totalInterest()),
        amount(schedule.principal()));
    System.out.printf("monthly instalment %s, total interest %s, total paid %s%n", amount(schedule.instalment()),
        amount(schedule.totalInterest()), amount(schedule.totalPaid()));
  }

  private static void printTable(NationalEntity entity, PortfolioTable table) {
    System.out.printf("Leasing portfolio of %s in %d, %s (%d generated leases)%n", entity.name(), table.year(), entity.currency(),
        NEW_CONTRACTS);
    System.out.printf("%-38s %14d%n", "new contracts in the year", table.newContracts());
    System.out.printf("%-38s %14d%n", "leases running", table.leasesRunning());
    System.out.printf("%-38s %14s%n", "outstanding total", amount(table.outstandingTotal()));
    System.out.printf("%-38s %14s%n", "total value of contracts/amendments", amount(table.valueSigned()));
    System.out.printf("%-38s %14s%n", "average duration (months)", table.averageDuration());
    System.out.printf("%-38s %14s%n", "average contract value", amount(table.averageContractValue()));
    System.out.printf("%-38s %14s%n", "average monthly instalment", amount(table.averageInstalment()));
    System.out.printf("%-38s %14s%n", "interest accrued since 1 January", amount(table.interestAccrued()));
  }

  /**
   * {@value #NEW_CONTRACTS} leases starting on random days of the year, worth 500.00 to
   * 6,693.30 (3,596.65 on average) over 6 to 22 months (14 on average) at the entity's default
   * rate; about one in ten adds an item later and one in twelve is paid off early.
   */
  private static List<Lease> generatedYear(NationalEntity entity, Random random) {
    List<Lease> leases = new ArrayList<>();
    LocalDate january1 = LocalDate.of(YEAR, 1, 1);
    for (int i = 0; i < NEW_CONTRACTS; i++) {
      LocalDate start = january1.plusDays(random.nextInt(january1.lengthOfYear()));
      Money price = Money.ofMinor(entity.currency(), 50_000 + random.nextInt(619_331));
      Lease lease = Lease.sign(new LeaseId(uuid(random)), entity, new ActivityId(uuid(random)),
          List.of(Equipment.of("equipment " + (i + 1), price)), start, null, 6 + random.nextInt(17));
      LocalDate later = start.plusDays(30 + random.nextInt(300));
      try {
        if (random.nextInt(10) == 0) {
          lease = lease.amend(new AddedEquipment(later, Equipment.of("added item", Money.ofMinor(entity.currency(), 5_000 + random.nextInt(100_000)))));
        } else if (random.nextInt(12) == 0) {
          lease = lease.payOff(later);
        }
      } catch (BusinessRuleException leaseAlreadyEnded) {
        // A short lease can be repaid before the day drawn for its change: it stays as signed.
      }
      leases.add(lease);
    }
    return leases;
  }

  private static UUID uuid(Random random) {
    return new UUID(random.nextLong(), random.nextLong());
  }

  /** An amount with its digits grouped, as the report prints them: 3,596.65. */
  private static String amount(Money money) {
    return String.format(Locale.ROOT, "%,.2f", money.getAmount());
  }
}
