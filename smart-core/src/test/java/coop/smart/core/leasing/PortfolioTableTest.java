package coop.smart.core.leasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.activity.ActivityId;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.error.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The report's leasing table over a small portfolio whose figures are worked out by hand. */
class PortfolioTableTest {

  private static final NationalEntity BE = EntityCatalog.standard().entity("BE");
  private static final BigDecimal TWELVE_PERCENT = new BigDecimal("0.12");

  private static Money eur(String amount) {
    return Money.parse("EUR " + amount);
  }

  private static Lease lease(String price, LocalDate start, int months) {
    return Lease.sign(LeaseId.random(), BE, ActivityId.random(), List.of(Equipment.of("camera", eur(price))), start, TWELVE_PERCENT, months);
  }

  // At 12 % over 3 months 1,200.00 pays 408.03, 408.03, 408.02 with interest 12.00, 8.04, 4.04
  // (AmortisationScheduleTest); 1,000.01 over 4 months pays 256.28 a month.
  /** Signed in 2017, its last two instalments fall in 2018. */
  private static final Lease A = lease("1200.00", LocalDate.of(2017, 11, 15), 3);
  /** A printer of 300.00 added on 20 February: interest 12.00, then 11.04 and 5.55 (LeaseTest). */
  private static final Lease B = lease("1200.00", LocalDate.of(2018, 1, 15), 3)
      .amend(new AddedEquipment(LocalDate.of(2018, 2, 20), Equipment.of("printer", eur("300.00"))));
  /** Paid off on 10 May after two instalments (interest 12.00 and 8.04), with 403.98 left. */
  private static final Lease C = lease("1200.00", LocalDate.of(2018, 3, 1), 3).payOff(LocalDate.of(2018, 5, 10));
  /** Signed in December: nothing due before 2019. */
  private static final Lease D = lease("1000.01", LocalDate.of(2018, 12, 20), 4);
  /** Signed in 2019: not in 2018's table. */
  private static final Lease E = lease("5000.00", LocalDate.of(2019, 1, 10), 12);

  private static final List<Lease> PORTFOLIO = List.of(A, B, C, D, E);

  @Test
  void year2018_byHand() {
    PortfolioTable table = PortfolioTable.ofYear(2018, CurrencyUnit.EUR, PORTFOLIO);

    assertThat(table.asOf()).isEqualTo(LocalDate.of(2018, 12, 31));
    assertThat(table.newContracts()).isEqualTo(3); // B, C, D
    assertThat(table.leasesRunning()).isEqualTo(1); // D: A and B are repaid, C paid off
    assertThat(table.outstandingTotal()).isEqualTo(eur("1000.01"));
    assertThat(table.valueSigned()).isEqualTo(eur("3700.01")); // 1200.00 + 1200.00 + 1000.01 + the 300.00 printer
    assertThat(table.averageDuration()).isEqualByComparingTo("3.3"); // (3 + 3 + 4) / 3 = 3.33
    assertThat(table.averageContractValue()).isEqualTo(eur("3700.01")); // over the 1 lease running, D
    assertThat(table.averageInstalment()).isEqualTo(eur("256.28")); // D's
    // A: 8.04 + 4.04; B: 12.00 + 11.04 + 5.55; C: 12.00 + 8.04; D: none due yet
    assertThat(table.interestAccrued()).isEqualTo(eur("60.71"));
  }

  @Test
  void asOfADate_takesEachLeaseAsItStoodThen() {
    // 19 February 2018: the printer is not yet added, C not yet signed; A was repaid on 15 February.
    PortfolioTable table = PortfolioTable.asOf(LocalDate.of(2018, 2, 19), CurrencyUnit.EUR, PORTFOLIO);

    assertThat(table.year()).isEqualTo(2018);
    assertThat(table.newContracts()).isEqualTo(1);
    assertThat(table.leasesRunning()).isEqualTo(1);
    assertThat(table.outstandingTotal()).isEqualTo(eur("803.97"));
    assertThat(table.valueSigned()).isEqualTo(eur("1200.00"));
    assertThat(table.interestAccrued()).isEqualTo(eur("24.08")); // A: 8.04 + 4.04; B: 12.00
  }

  @Test
  void averages_areOverTheLeasesRunning() {
    // 15 March 2018: A repaid, B (its printer added) and C running; signed in 2018: B, C and the printer.
    PortfolioTable table = PortfolioTable.asOf(LocalDate.of(2018, 3, 15), CurrencyUnit.EUR, PORTFOLIO);

    assertThat(table.newContracts()).isEqualTo(2);
    assertThat(table.leasesRunning()).isEqualTo(2);
    assertThat(table.valueSigned()).isEqualTo(eur("2700.00"));
    assertThat(table.averageContractValue()).isEqualTo(eur("1350.00")); // 2,700.00 / 2
    // B after the printer: 1,103.97 over the 2 months left at 1 % a month, 560.28 (LeaseTest); C: 408.03
    assertThat(table.averageInstalment()).isEqualTo(eur("484.16")); // (560.28 + 408.03) / 2 = 484.155
  }

  @Test
  void averageContractValue_reproducesTheReport() {
    assertThat(PortfolioTable.average(eur("561077.00"), 156)).isEqualTo(eur("3596.65")); // 2017
    assertThat(PortfolioTable.average(eur("529024.00"), 157)).isEqualTo(eur("3369.58")); // 2016: ≈ 3,370
    assertThat(PortfolioTable.average(eur("634376.00"), 202)).isEqualTo(eur("3140.48")); // 2015: ≈ 3,140
  }

  @Test
  void year2017_countsTheLeaseSignedThen() {
    PortfolioTable table = PortfolioTable.ofYear(2017, CurrencyUnit.EUR, PORTFOLIO);

    assertThat(table.newContracts()).isEqualTo(1);
    assertThat(table.leasesRunning()).isEqualTo(1);
    assertThat(table.outstandingTotal()).isEqualTo(eur("803.97"));
    assertThat(table.interestAccrued()).isEqualTo(eur("12.00"));
  }

  @Test
  void aYearCountsOnlyTheAmendmentsSignedInIt() {
    PortfolioTable table = PortfolioTable.ofYear(2019, CurrencyUnit.EUR, PORTFOLIO);
    assertThat(table.valueSigned()).isEqualTo(eur("5000.00")); // E; B's printer was added in 2018
  }

  @Test
  void yearWithoutNewContracts_hasZeroAverages() {
    PortfolioTable table = PortfolioTable.ofYear(2016, CurrencyUnit.EUR, PORTFOLIO);

    assertThat(table.newContracts()).isZero();
    assertThat(table.averageDuration()).isEqualByComparingTo("0");
    assertThat(table.leasesRunning()).isZero();
    assertThat(table.averageContractValue()).isEqualTo(eur("0.00"));
    assertThat(table.averageInstalment()).isEqualTo(eur("0.00"));
    assertThat(table.interestAccrued()).isEqualTo(eur("0.00"));
  }

  @Test
  void leaseInAnotherCurrency_isRefused() {
    assertThatThrownBy(() -> PortfolioTable.ofYear(2018, CurrencyUnit.USD, List.of(A)))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("leases: a table in USD cannot count lease " + A.id());
  }
}
