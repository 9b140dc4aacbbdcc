package coop.smart.core.leasing;

import static org.assertj.core.api.Assertions.assertThat;

import coop.smart.core.activity.ActivityId;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.error.BusinessRuleException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.time.api.constraints.DateRange;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/** A lease's whole life, through amendments and a payoff, conserves money. */
class LeaseProperties {

  private static final NationalEntity BE = EntityCatalog.standard().entity("BE");

  /** A change some days after the previous one: equipment added, a new term, or the payoff. */
  record Change(int daysLater, int kind, long priceCents, int months) {
  }

  @Property(tries = 2000)
  void principalRepaidOverTheWholeLife_isEveryItemsPrice(
      @ForAll @LongRange(min = 100, max = 100_000_000) long cents, @ForAll @IntRange(min = 0, max = 300_000) int ratePpm,
      @ForAll @IntRange(min = 1, max = 120) int months, @ForAll @DateRange(min = "2017-01-01", max = "2030-12-31") LocalDate start,
      @ForAll @Size(max = 5) List<@From("changes") Change> changes) {
    Money price = Money.ofMinor(CurrencyUnit.EUR, cents);
    Lease lease = orAssumeTooSmall(() -> sign(price, BigDecimal.valueOf(ratePpm, 6), months, start));
    Money leased = price;
    LocalDate on = start;
    for (Change change : changes) {
      on = on.plusDays(change.daysLater());
      try {
        Amendment amendment = switch (change.kind()) {
          case 0 -> new AddedEquipment(on, Equipment.of("item", Money.ofMinor(CurrencyUnit.EUR, change.priceCents())));
          case 1 -> new NewTerm(on, change.months());
          default -> null;
        };
        lease = amendment == null ? lease.payOff(on) : lease.amend(amendment);
        if (amendment != null) leased = leased.plus(amendment.value(CurrencyUnit.EUR));
      } catch (BusinessRuleException refused) {
        assertThat(refused.rule()).isIn(Lease.LEASE_ENDED, AmortisationSchedule.PRINCIPAL_TOO_SMALL);
      }
    }

    Money repaid = Money.total(CurrencyUnit.EUR, lease.instalments().stream().map(Instalment::principal).toList());
    assertThat(repaid.plus(lease.payoff().map(Payoff::amount).orElse(Money.zero(CurrencyUnit.EUR)))).isEqualTo(leased);
    assertThat(lease.version()).isZero();
    assertThat(Lease.restore(lease.id(), lease.entity(), lease.activity(), lease.equipment(), lease.annualRate(), lease.months(),
        lease.startDate(), lease.amendments(), lease.payoff().orElse(null), lease.version())).isEqualTo(lease);
    assertThat(lease.outstandingOn(LocalDate.of(2050, 1, 1)).isZero()).isTrue();
    Statistics.label("amended").collect(!lease.amendments().isEmpty());
    Statistics.label("paid off").collect(lease.payoff().isPresent());
    Statistics.label("amended").coverage(coverage -> coverage.check(true).percentage(percent -> percent > 30));
    Statistics.label("paid off").coverage(coverage -> coverage.check(true).percentage(percent -> percent > 20));
  }

  @Property(tries = 2000)
  void instalmentsFollowTheMonthsOfTheLease_andNoneFallsDueAfterThePayoff(
      @ForAll @LongRange(min = 100, max = 100_000_000) long cents, @ForAll @IntRange(min = 1, max = 120) int months,
      @ForAll @DateRange(min = "2017-01-01", max = "2030-12-31") LocalDate start,
      @ForAll @IntRange(min = 0, max = 3700) int daysToAmendment, @ForAll @IntRange(min = 1, max = 120) int newTerm,
      @ForAll @IntRange(min = 0, max = 3700) int daysToPayoff) {
    Lease signed = orAssumeTooSmall(() -> sign(Money.ofMinor(CurrencyUnit.EUR, cents), null, months, start));
    LocalDate amendedOn = start.plusDays(daysToAmendment);
    LocalDate paidOn = amendedOn.plusDays(daysToPayoff);
    Assume.that(signed.isRunningOn(amendedOn));
    Lease amended = orAssumeTooSmall(() -> signed.amend(new NewTerm(amendedOn, newTerm)));
    Assume.that(amended.isRunningOn(paidOn));
    Lease lease = amended.payOff(paidOn);

    int previous = 0;
    for (Instalment row : lease.instalments()) {
      assertThat(row.number()).isGreaterThan(previous);
      assertThat(row.dueDate()).isEqualTo(start.plusMonths(row.number())).isBeforeOrEqualTo(paidOn);
      previous = row.number();
    }
  }

  @Provide
  Arbitrary<Change> changes() {
    return Combinators.combine(
        Arbitraries.integers().between(0, 400),
        Arbitraries.integers().between(0, 2),
        Arbitraries.longs().between(1, 1_000_000),
        Arbitraries.integers().between(1, 120)).as(Change::new);
  }

  private static Lease sign(Money price, BigDecimal annualRate, int months, LocalDate start) {
    return Lease.sign(LeaseId.random(), BE, ActivityId.random(), List.of(Equipment.of("item", price)), start, annualRate, months);
  }

  /** The lease {@code change} gives, leaving out the tries whose principal R7 refuses as too small. */
  private static Lease orAssumeTooSmall(Supplier<Lease> change) {
    try {
      return change.get();
    } catch (BusinessRuleException e) {
      assertThat(e.rule()).isEqualTo(AmortisationSchedule.PRINCIPAL_TOO_SMALL);
      Assume.that(false);
      throw e;
    }
  }
}
