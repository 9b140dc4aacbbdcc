package coop.smart.persistence;

import static coop.smart.persistence.Fixtures.BE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.activity.Activity;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.error.NotFoundException;
import coop.smart.core.leasing.AddedEquipment;
import coop.smart.core.leasing.Equipment;
import coop.smart.core.leasing.Lease;
import coop.smart.core.leasing.LeaseId;
import coop.smart.core.leasing.LeaseRepository;
import coop.smart.core.leasing.NewTerm;
import coop.smart.core.money.Rate;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

abstract class LeaseRepositoryContract extends RepositoryContract<Lease, LeaseId> {

  @Override
  LeaseRepository repository(EntityCode entity) {
    return new JdbiLeaseRepository(database, entity);
  }

  private Activity storedActivity(EntityCode entity) {
    return new JdbiActivityRepository(database, entity).save(Fixtures.activity(database, entity));
  }

  @Override
  Lease fresh(EntityCode entity) {
    return Fixtures.lease(storedActivity(entity), Equipment.of("laptop", Money.of(Fixtures.currency(entity), 1200)));
  }

  @Override
  Lease changed(Lease lease) {
    return lease.amend(new NewTerm(lease.startDate().plusMonths(lease.amendments().size() + 1), 24));
  }

  @ParameterizedTest
  @CsvSource({"BE, EUR 1234567.89, EUR 0.01", "SE, SEK 12345.67, SEK 999.99", "HU, HUF 987654321.99, HUF 0.03"})
  void amounts_keepEveryCent_inTheEntitysCurrency_andTheSchedulesAreDerivedAgain(String entity, String price, String added) {
    EntityCode code = EntityCode.of(entity);
    Lease lease = Fixtures.lease(storedActivity(code), Equipment.of("camera", Money.parse(price)), Equipment.of("lens", Money.parse(added)))
        .amend(new AddedEquipment(LocalDate.of(2018, 3, 1), Equipment.of("tripod", Money.parse(added))))
        .amend(new NewTerm(LocalDate.of(2018, 5, 2), 30))
        .payOff(LocalDate.of(2018, 9, 20));

    Lease saved = repository(code).save(lease);
    Lease read = repository(code).find(lease.id()).orElseThrow();

    assertThat(read).isEqualTo(saved);
    assertThat(read.principal()).isEqualTo(Money.parse(price).plus(Money.parse(added)));
    assertThat(read.payoff()).isEqualTo(lease.payoff());
    assertThat(read.instalments()).isEqualTo(lease.instalments());
  }

  @Test
  void ofActivity_listsTheActivitysLeases_byStartDate() {
    Activity studio = storedActivity(BE);
    Lease march = Lease.restore(LeaseId.random(), BE, studio.id(), List.of(Equipment.of("mixer", Money.parse("EUR 800.00"))),
        Rate.parse("0.08"), 6, LocalDate.of(2018, 3, 1), List.of(), null, 0);
    Lease january = Fixtures.lease(studio, Equipment.of("speakers", Money.parse("EUR 2500.00")));
    repository(BE).save(march);
    repository(BE).save(january);
    repository(BE).save(fresh(BE)); // another activity's

    assertThat(repository(BE).ofActivity(studio.id())).containsExactly(january.withVersion(1), march.withVersion(1));
  }

  @Test
  void lease_toAnActivityNotStored_isNotFound() {
    Lease orphan = Fixtures.lease(Fixtures.activity(database, BE), Equipment.of("laptop", Money.parse("EUR 900.00")));
    assertThatThrownBy(() -> repository(BE).save(orphan)).isInstanceOf(NotFoundException.class).hasMessageContaining("not stored");
    assertThat(repository(BE).count()).isZero();
  }

  @Test
  void saveAll_withOneLeaseToAnActivityNotStored_isNotFound_andStoresNoneOfThem() {
    Lease orphan = Fixtures.lease(Fixtures.activity(database, BE), Equipment.of("laptop", Money.parse("EUR 900.00")));
    assertThatThrownBy(() -> repository(BE).saveAll(List.of(fresh(BE), orphan))).isInstanceOf(NotFoundException.class);
    assertThat(repository(BE).count()).isZero();
  }
}
