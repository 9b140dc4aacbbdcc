package coop.smart.core.leasing;

import coop.smart.core.error.ValidationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The leasing table of the annual report over a collection of leases, each taken as it stood
 * at the end of {@code asOf} ({@link Lease#asOf}): 31 December for a year's table, or an
 * earlier day for the year so far. Flows run from 1 January of that year to {@code asOf}
 * included; balances are at the end of {@code asOf}. A contract counts as signed on its start
 * date. The average value and instalment are over the leases running, as the report's are
 * (2017: 561,077 / 156 = 3,596.65), and zero when none runs; the average duration is over the
 * new contracts, and zero when there is none. The report's average instalment, 306.45, cannot
 * be recomputed from its published totals, which give no sum of instalments; over the 156 leases
 * running it means 47,806.20 a month, about 7 months of the 333,039 outstanding, half the
 * 14-month average term as a book of half-repaid leases would be; over the 271 new contracts,
 * worth at most 561,077 / 271 = 2,070.40 each, it would repay a contract in under 7 months. So
 * it is read as the running leases' mean instalment.
 *
 * @param newContracts the leases that start between 1 January and {@code asOf}
 * @param leasesRunning the leases started by {@code asOf} with something still owed at its end
 *     ({@link Lease#isRunningOn}): not yet repaid by their last instalment nor paid off
 * @param outstandingTotal the sum of the balances owed at the end of {@code asOf} ({@link Lease#outstandingOn})
 * @param valueSigned the total value of the contracts and amendments signed between 1 January and
 *     {@code asOf}: each new contract's principal plus the price of the equipment each amendment
 *     added (a new term adds nothing)
 * @param averageDuration the mean term of the new contracts, in months, half-up to one decimal
 * @param averageContractValue {@code valueSigned ÷ leasesRunning}, half-up to the minor unit
 * @param averageInstalment the mean monthly instalment the leases running pay under their latest
 *     schedule, half-up to the minor unit: {@code Σ instalment ÷ leasesRunning}
 * @param interestAccrued the interest of every instalment due between 1 January and {@code asOf},
 *     whenever its lease was signed (none falls due after a payoff)
 */
public record PortfolioTable(LocalDate asOf, int newContracts, int leasesRunning, Money outstandingTotal, Money valueSigned,
                             BigDecimal averageDuration, Money averageContractValue, Money averageInstalment,
                             Money interestAccrued) {

  public PortfolioTable {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(outstandingTotal, "outstandingTotal");
    Objects.requireNonNull(valueSigned, "valueSigned");
    Objects.requireNonNull(averageDuration, "averageDuration");
    Objects.requireNonNull(averageContractValue, "averageContractValue");
    Objects.requireNonNull(averageInstalment, "averageInstalment");
    Objects.requireNonNull(interestAccrued, "interestAccrued");
  }

  /** The table for a whole year, as at 31 December. */
  public static PortfolioTable ofYear(int year, CurrencyUnit currency, Collection<Lease> leases) {
    return asOf(LocalDate.of(year, 12, 31), currency, leases);
  }

  /** The table for the year of {@code asOf}, from 1 January to {@code asOf} included. */
  public static PortfolioTable asOf(LocalDate asOf, CurrencyUnit currency, Collection<Lease> leases) {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(currency, "currency");
    LocalDate january1 = asOf.withDayOfYear(1);
    List<Lease> started = leases.stream()
        .map(lease -> inCurrency(lease, currency))
        .filter(lease -> !lease.startDate().isAfter(asOf))
        .map(lease -> lease.asOf(asOf))
        .toList();
    List<Lease> signed = started.stream().filter(lease -> !lease.startDate().isBefore(january1)).toList();
    Stream<Money> amendedValue = started.stream()
        .flatMap(lease -> lease.amendments().stream())
        .filter(amendment -> !amendment.signedOn().isBefore(january1))
        .map(amendment -> amendment.value(currency));
    List<Lease> running = started.stream().filter(lease -> lease.isRunningOn(asOf)).toList();
    Money valueSigned = total(currency, Stream.concat(signed.stream().map(Lease::principal), amendedValue));
    return new PortfolioTable(
        asOf,
        signed.size(),
        running.size(),
        total(currency, started.stream().map(lease -> lease.outstandingOn(asOf))),
        valueSigned,
        averageMonths(signed),
        average(valueSigned, running.size()),
        average(total(currency, running.stream().map(PortfolioTable::currentInstalment)), running.size()),
        total(currency, started.stream()
            .flatMap(lease -> lease.instalmentsDueOnOrBefore(asOf).stream())
            .filter(instalment -> !instalment.dueDate().isBefore(january1))
            .map(Instalment::interest)));
  }

  public int year() {
    return asOf.getYear();
  }

  private static Lease inCurrency(Lease lease, CurrencyUnit currency) {
    if (!lease.currency().equals(currency)) {
      throw ValidationException.of("leases", "a table in " + currency + " cannot count " + lease + ", in " + lease.currency());
    }
    return lease;
  }

  private static BigDecimal averageMonths(List<Lease> leases) {
    if (leases.isEmpty()) return BigDecimal.ZERO;
    long months = leases.stream().mapToLong(Lease::months).sum();
    return BigDecimal.valueOf(months).divide(BigDecimal.valueOf(leases.size()), 1, RoundingMode.HALF_UP);
  }

  private static Money total(CurrencyUnit currency, Stream<Money> amounts) {
    return Money.total(currency, amounts.toList());
  }

  /** {@code half-up(total ÷ count)}, or zero when the count is: the report's 561,077.00 over 156 leases is 3,596.65. */
  static Money average(Money total, int count) {
    return count == 0 ? total.withAmount(BigDecimal.ZERO) : total.dividedBy(count, RoundingMode.HALF_UP);
  }

  private static Money currentInstalment(Lease lease) {
    return lease.schedules().get(lease.schedules().size() - 1).instalment();
  }
}
