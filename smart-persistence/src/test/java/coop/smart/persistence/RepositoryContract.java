package coop.smart.persistence;

import static coop.smart.persistence.Fixtures.BE;
import static coop.smart.persistence.Fixtures.FR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.entity.EntityCode;
import coop.smart.core.error.ConflictException;
import coop.smart.core.error.NotFoundException;
import coop.smart.core.store.Repository;
import coop.smart.core.store.Versioned;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every aggregate's repository does: store and read back, update under optimistic
 * concurrency, store many new ones in one transaction, all or none, and keep each entity's
 * records to itself. An aggregate's own contract adds
 * what is particular to it.
 */
abstract class RepositoryContract<A extends Versioned<A, I>, I> {

  Database database;

  @BeforeEach
  void open(Database database) {
    this.database = database;
  }

  abstract Repository<A, I> repository(EntityCode entity);

  /** A new aggregate of {@code entity}, whatever it refers to already stored. */
  abstract A fresh(EntityCode entity);

  /** {@code aggregate} after a change a user could make to it. */
  abstract A changed(A aggregate);

  @Test
  void save_storesANewAggregateAtVersionOne_andFindReadsItBackEqual() {
    A fresh = fresh(BE);
    A saved = repository(BE).save(fresh);
    assertThat(saved).isEqualTo(fresh.withVersion(1));
    assertThat(repository(BE).find(fresh.id())).contains(saved);
  }

  @Test
  void saveChanges_storesEveryChangedAggregateAtItsNextVersion_orNoneWhenOneIsStale() {
    A first = repository(BE).save(fresh(BE));
    A second = repository(BE).save(fresh(BE));

    List<A> saved = repository(BE).saveChanges(List.of(changed(first), changed(second)));

    assertThat(saved).extracting(A::version).containsExactly(2L, 2L);
    assertThat(saved).extracting(A::id).containsExactly(first.id(), second.id());
    assertThat(repository(BE).findAll(List.of(first.id(), second.id()))).containsExactlyInAnyOrderElementsOf(saved);
    A third = repository(BE).save(fresh(BE));
    assertThatThrownBy(() -> repository(BE).saveChanges(List.of(changed(third), changed(first)))).isInstanceOf(ConflictException.class);
    assertThat(repository(BE).find(third.id())).contains(third);
  }

  @Test
  void findAll_readsTheStoredAmongTheIdsAsked_withTheirParts_noneOfAnotherEntity() {
    A first = repository(BE).save(fresh(BE));
    A second = repository(BE).save(changed(repository(BE).save(fresh(BE))));
    A french = repository(FR).save(fresh(FR));

    assertThat(repository(BE).findAll(List.of(first.id(), second.id(), first.id(), french.id(), fresh(BE).id())))
        .containsExactlyInAnyOrder(first, second);
    assertThat(repository(BE).findAll(List.of())).isEmpty();
  }

  @Test
  void update_fromTheStoredVersion_keepsTheChangeAndBumpsTheVersion() {
    A stored = repository(BE).save(fresh(BE));
    A changed = changed(stored);
    assertThat(changed).isNotEqualTo(stored);
    A saved = repository(BE).save(changed);
    assertThat(saved.version()).isEqualTo(2);
    assertThat(repository(BE).find(stored.id())).contains(saved);
  }

  @Test
  void update_fromAStaleVersion_isAConflict_andTheStoredChangeStays() {
    A stored = repository(BE).save(fresh(BE));
    A first = repository(BE).save(changed(stored));
    assertThatThrownBy(() -> repository(BE).save(changed(stored)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining(stored.id() + " of BE is at version 2, not 1");
    assertThat(repository(BE).find(stored.id())).contains(first);
  }

  @Test
  void insert_ofATakenId_isAConflict() {
    A fresh = fresh(BE);
    repository(BE).save(fresh);
    assertThatThrownBy(() -> repository(BE).save(fresh)).isInstanceOf(ConflictException.class).hasMessageContaining("already stored");
  }

  @Test
  void update_ofAnAggregateNeverStored_isNotFound() {
    A neverStored = fresh(BE).withVersion(3);
    assertThatThrownBy(() -> repository(BE).save(neverStored)).isInstanceOf(NotFoundException.class);
    assertThat(repository(BE).find(neverStored.id())).isEmpty();
  }

  @Test
  void anotherEntitysRecords_areNeverReadNorWritten() {
    A french = repository(FR).save(fresh(FR));
    assertThat(repository(BE).find(french.id())).isEmpty();
    assertThat(repository(BE).count()).isZero();
    assertThatThrownBy(() -> repository(BE).save(changed(french))).isInstanceOf(IllegalArgumentException.class);
    assertThat(repository(FR).find(french.id())).contains(french);
  }

  @Test
  void count_countsTheEntitysAggregates() {
    repository(BE).save(fresh(BE));
    repository(BE).save(fresh(BE));
    repository(FR).save(fresh(FR));
    assertThat(repository(BE).count()).isEqualTo(2);
    assertThat(repository(FR).count()).isEqualTo(1);
  }

  @Test
  void list_pagesThroughTheEntitysAggregatesOnceEach_withTheirParts() {
    List<A> stored = new ArrayList<>();
    for (int i = 0; i < 5; i++) stored.add(repository(BE).save(fresh(BE)));
    repository(FR).save(fresh(FR));
    List<A> listed = new ArrayList<>();
    I after = null;
    for (List<A> page = repository(BE).list(null, 2); !page.isEmpty(); page = repository(BE).list(after, 2)) {
      assertThat(page).hasSizeLessThanOrEqualTo(2);
      listed.addAll(page);
      after = page.get(page.size() - 1).id();
    }
    assertThat(listed).containsExactlyInAnyOrderElementsOf(stored);
    assertThatThrownBy(() -> repository(BE).list(null, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void saveAll_storesNewAggregatesAtVersionOne_inTheOrderGiven() {
    List<A> fresh = List.of(fresh(BE), fresh(BE), fresh(BE));
    List<A> saved = repository(BE).saveAll(fresh);
    assertThat(saved).containsExactlyElementsOf(fresh.stream().map(aggregate -> aggregate.withVersion(1)).toList());
    for (A aggregate : saved) assertThat(repository(BE).find(aggregate.id())).contains(aggregate);
    assertThat(repository(BE).count()).isEqualTo(3);
  }

  @Test
  void saveAll_ofNothing_storesNothing() {
    assertThat(repository(BE).saveAll(List.of())).isEmpty();
    assertThat(repository(BE).count()).isZero();
  }

  @Test
  void saveAll_withAnIdAlreadyStored_isAConflict_andStoresNoneOfThem() {
    A stored = repository(BE).save(fresh(BE));
    A fresh = fresh(BE);
    assertThatThrownBy(() -> repository(BE).saveAll(List.of(fresh, stored.withVersion(0))))
        .isInstanceOf(ConflictException.class).hasMessageContaining("among the 2 given in BE is already stored");
    assertThat(repository(BE).find(fresh.id())).isEmpty();
    assertThat(repository(BE).find(stored.id())).contains(stored);
  }

  @Test
  void saveAll_withTheSameIdTwice_isAConflict_andStoresNeither() {
    A fresh = fresh(BE);
    assertThatThrownBy(() -> repository(BE).saveAll(List.of(fresh, fresh))).isInstanceOf(ConflictException.class);
    assertThat(repository(BE).count()).isZero();
  }

  @Test
  void saveAll_withAnotherEntitysAggregate_isRefused_andStoresNoneOfThem() {
    A belgian = fresh(BE);
    A french = fresh(FR);
    assertThatThrownBy(() -> repository(BE).saveAll(List.of(belgian, french)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(french.id() + " of FR cannot be saved with those of BE");
    assertThat(repository(BE).count()).isZero();
    assertThat(repository(FR).count()).isZero();
  }

  @Test
  void saveAll_withAnAggregateAlreadyStored_isRefused_andStoresNoneOfThem() {
    A stored = repository(BE).save(fresh(BE));
    A fresh = fresh(BE);
    assertThatThrownBy(() -> repository(BE).saveAll(List.of(fresh, changed(stored))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is at version 1: only new ones are stored together");
    assertThat(repository(BE).find(fresh.id())).isEmpty();
    assertThat(repository(BE).find(stored.id())).contains(stored);
  }
}
