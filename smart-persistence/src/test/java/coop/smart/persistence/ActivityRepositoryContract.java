package coop.smart.persistence;

import static coop.smart.persistence.Fixtures.BE;
import static coop.smart.persistence.Fixtures.FR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.activity.Activity;
import coop.smart.core.activity.ActivityId;
import coop.smart.core.activity.ActivityRepository;
import coop.smart.core.activity.HorecaPremises;
import coop.smart.core.activity.Sector;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.error.NotFoundException;
import coop.smart.core.member.Member;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import java.util.List;

abstract class ActivityRepositoryContract extends RepositoryContract<Activity, ActivityId> {

  @Override
  ActivityRepository repository(EntityCode entity) {
    return new JdbiActivityRepository(database, entity);
  }

  @Override
  Activity fresh(EntityCode entity) {
    return Fixtures.activity(database, entity);
  }

  @Override
  Activity changed(Activity activity) {
    return activity.closeYear(activity.closedThrough() == 0 ? 2017 : activity.closedThrough() + 1);
  }

  @Test
  void administratorsAndAHorecaSector_areReadBack() {
    JdbiMemberRepository members = new JdbiMemberRepository(database, BE);
    Member alice = members.save(Fixtures.member(BE));
    Member bob = members.save(Fixtures.member(BE));
    Activity kitchen = new Activity(ActivityId.random(), BE, "Cantine", Sector.horeca("catering", HorecaPremises.SHARED_KITCHEN),
        Set.of(alice.id(), bob.id()), Set.of(), 0, 0);

    Activity stored = repository(BE).save(kitchen);
    Activity withoutBob = repository(BE).save(new Activity(stored.id(), BE, stored.name(), stored.sector(), Set.of(alice.id()), Set.of(), 0, 1));

    assertThat(repository(BE).find(kitchen.id())).contains(withoutBob);
    assertThat(withoutBob.administrators()).containsExactly(alice.id());
    assertThat(withoutBob.sector().premises()).isEqualTo(HorecaPremises.SHARED_KITCHEN);
  }

  @Test
  void administratorsAndInvitations_changedBySaves_areReadBackAsSaved() {
    JdbiMemberRepository members = new JdbiMemberRepository(database, BE);
    Member alice = members.save(Fixtures.member(BE));
    Member bob = members.save(Fixtures.member(BE));
    Member carol = members.save(Fixtures.member(BE));
    Activity stored = repository(BE).save(new Activity(ActivityId.random(), BE, "Studio", Sector.of("music"), Set.of(alice.id()),
        Set.of(bob.id()), 0, 0));

    Activity accepted = repository(BE).save(new Activity(stored.id(), BE, "Studio", Sector.of("music"), Set.of(alice.id(), bob.id()),
        Set.of(carol.id()), 0, stored.version()));
    assertThat(repository(BE).find(stored.id())).contains(accepted);
    Activity unchanged = repository(BE).save(accepted);
    assertThat(repository(BE).find(stored.id())).contains(unchanged);
    Activity carols = repository(BE).save(new Activity(stored.id(), BE, "Studio", Sector.of("music"), Set.of(carol.id()), Set.of(),
        0, unchanged.version()));

    assertThat(repository(BE).find(stored.id())).contains(carols);
    assertThat(repository(BE).administeredBy(bob.id())).isEmpty();
    assertThat(repository(BE).administeredBy(carol.id())).containsExactly(carols);
  }

  /** The database orders ids as unsigned bytes, as their text sorts, not as UUID.compareTo does. */
  @Test
  void administeredBy_findsAMembersActivitiesOnly_inIdOrder() {
    JdbiMemberRepository members = new JdbiMemberRepository(database, BE);
    Member alice = members.save(Fixtures.member(BE));
    Member bob = members.save(Fixtures.member(BE));
    Activity shared = repository(BE).save(Fixtures.activityOf(alice, bob));
    Activity alices = repository(BE).save(Fixtures.activityOf(alice));
    repository(BE).save(Fixtures.activityOf(bob));

    assertThat(repository(BE).administeredBy(alice.id())).containsExactlyElementsOf(
        Stream.of(shared, alices).sorted(Comparator.comparing(activity -> activity.id().toString())).toList());
    assertThat(repository(BE).administeredBy(bob.id())).hasSize(2).contains(shared);
    assertThat(repository(FR).administeredBy(alice.id())).as("another entity's store").isEmpty();
  }

  @Test
  void activity_administeredByAMemberNotStored_isNotFound() {
    Activity orphan = Fixtures.activityOf(Fixtures.member(BE));
    assertThatThrownBy(() -> repository(BE).save(orphan)).isInstanceOf(NotFoundException.class).hasMessageContaining("not stored");
    assertThat(repository(BE).count()).isZero();
  }

  @Test
  void update_addingAnAdministratorNotStored_isNotFound_andChangesNothing() {
    Activity stored = repository(BE).save(fresh(BE));
    Member stranger = Fixtures.member(BE);
    Activity withStranger = new Activity(stored.id(), BE, stored.name(), stored.sector(), Set.of(stranger.id()), Set.of(), 0, 1);
    assertThatThrownBy(() -> repository(BE).save(withStranger)).isInstanceOf(NotFoundException.class).hasMessageContaining("not stored");
    assertThat(repository(BE).find(stored.id())).contains(stored);
  }

  @Test
  void saveAll_withOneActivityAdministeredByAMemberNotStored_isNotFound_andStoresNoneOfThem() {
    Activity orphan = Fixtures.activityOf(Fixtures.member(BE));
    assertThatThrownBy(() -> repository(BE).saveAll(List.of(fresh(BE), orphan))).isInstanceOf(NotFoundException.class);
    assertThat(repository(BE).count()).isZero();
  }
}
