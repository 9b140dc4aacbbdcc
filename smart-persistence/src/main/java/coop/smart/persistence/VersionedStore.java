package coop.smart.persistence;

import coop.smart.core.entity.EntityCode;
import coop.smart.core.error.ConflictException;
import coop.smart.core.error.NotFoundException;
import coop.smart.core.store.Repository;
import coop.smart.core.store.Versioned;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;

/**
 * What the repository of every aggregate shares: the scope of one entity, the save with
 * optimistic concurrency, and the insert of new aggregates in batches, one per table, which a
 * single save uses too. A repository names its table and DAO, and supplies the three
 * statements that differ from table to table; every table has {@code entity}, {@code id} and
 * {@code version} columns, and an update matches only the row still at the version before the
 * new one. An aggregate with parts in tables of their own (a contract's work days, an
 * invoice's lines) writes them too; they are rewritten whole when it is updated.
 *
 * @param <A> the aggregate
 * @param <I> its identifier
 * @param <D> the DAO of its table, made on the handle of each transaction
 */
abstract class VersionedStore<A extends Versioned<A, I>, I, D> implements Repository<A, I> {

  final Jdbi jdbi;
  final EntityCode entity;
  private final Function<Handle, D> daos;
  private final String table;
  private final String noun;
  private final Function<I, UUID> key;
  private final Function<UUID, I> identifier;

  /**
   * @param table the aggregate's table, e.g. "members"
   * @param noun the aggregate as messages name it, e.g. "member"
   * @param key the {@code id} column's value of an identifier, and {@code identifier} back
   */
  VersionedStore(Database database, EntityCode entity, Function<Handle, D> daos, String table, String noun, Function<I, UUID> key,
                 Function<UUID, I> identifier) {
    this.jdbi = database.jdbi();
    this.entity = entity;
    this.daos = daos;
    this.table = table;
    this.noun = noun;
    this.key = key;
    this.identifier = identifier;
  }

  /** Inserts the rows of new aggregates, already at their first version, in one batch. */
  abstract void insert(D dao, List<A> stored);

  /** Updates the aggregate's row to {@code stored} if it is still at the version before; answers the rows changed. */
  abstract int update(D dao, A stored);

  /** Inserts the rows of the aggregates' parts in one batch per table; an aggregate stored in one row has none. */
  void insertParts(D dao, List<A> stored) {
  }

  /** Updates the rows of aggregates, as {@link #update} does each, in one batch where the table allows; answers the rows changed of each. */
  int[] updateAll(D dao, List<A> stored) {
    return stored.stream().mapToInt(aggregate -> update(dao, aggregate)).toArray();
  }

  /**
   * Writes the parts of aggregates updated, as they are now: by default their rows deleted and
   * inserted again; a store whose parts are fixed once inserted, or only ever added to, writes
   * less.
   */
  void updateParts(D dao, List<A> stored) {
    deleteAllParts(dao, stored);
    insertParts(dao, stored);
  }

  /** Deletes the rows of the aggregate's parts, before {@link #insertParts} writes them again. */
  void deleteParts(D dao, A stored) {
  }

  /** Deletes the rows of the aggregates' parts, as {@link #deleteParts} does each, in one statement per table where the table allows. */
  void deleteAllParts(D dao, List<A> stored) {
    stored.forEach(aggregate -> deleteParts(dao, aggregate));
  }

  /** The stored aggregates among {@code ids}, in any order, read with their parts in a fixed number of queries. */
  abstract List<A> findAll(D dao, Collection<UUID> ids);

  final Optional<A> find(D dao, I id) {
    return findAll(dao, List.of(key.apply(id))).stream().findFirst();
  }

  /** The aggregates of {@code ids} in that order, read as {@link #findAll} reads them; each must be stored. */
  final List<A> inOrder(D dao, List<UUID> ids) {
    if (ids.isEmpty()) return List.of();
    Map<UUID, A> read = findAll(dao, ids).stream().collect(Collectors.toMap(aggregate -> key.apply(aggregate.id()), aggregate -> aggregate));
    return ids.stream().map(read::get).toList();
  }

  @Override
  public final EntityCode entity() {
    return entity;
  }

  @Override
  public final A save(A aggregate) {
    if (aggregate.version() == 0) return saveAll(List.of(aggregate)).get(0);
    requireOwn(aggregate);
    A stored = aggregate.withVersion(Math.addExact(aggregate.version(), 1));
    return jdbi.inTransaction(handle -> {
      D dao = daos.apply(handle);
      if (update(dao, stored) == 0) throw refusal(dao, aggregate);
      SqlStates.insert("a part of " + noun + " " + aggregate.id() + " of " + entity, () -> updateParts(dao, List.of(stored)));
      return stored;
    });
  }

  @Override
  public final List<A> saveChanges(List<A> aggregates) {
    for (A aggregate : aggregates) {
      requireOwn(aggregate);
      if (aggregate.version() == 0) throw new IllegalArgumentException(noun + " " + aggregate.id() + " of " + entity + " is new: save it");
    }
    if (aggregates.isEmpty()) return List.of();
    List<A> stored = aggregates.stream().map(aggregate -> aggregate.withVersion(Math.addExact(aggregate.version(), 1))).toList();
    return jdbi.inTransaction(handle -> {
      D dao = daos.apply(handle);
      int[] changed = updateAll(dao, stored);
      for (int i = 0; i < changed.length; i++) {
        if (changed[i] == 0) throw refusal(dao, aggregates.get(i));
      }
      SqlStates.insert("a part of one " + noun + " among the " + stored.size() + " given in " + entity, () -> updateParts(dao, stored));
      return stored;
    });
  }

  @Override
  public final List<A> saveAll(List<A> aggregates) {
    for (A aggregate : aggregates) {
      requireOwn(aggregate);
      if (aggregate.version() != 0) {
        throw new IllegalArgumentException(noun + " " + aggregate.id() + " of " + entity + " is at version " + aggregate.version()
            + ": only new ones are stored together; save it on its own");
      }
    }
    if (aggregates.isEmpty()) return List.of();
    List<A> stored = aggregates.stream().map(aggregate -> aggregate.withVersion(1)).toList();
    String subject = stored.size() == 1 ? noun + " " + stored.get(0).id() + " of " + entity
        : "one " + noun + " among the " + stored.size() + " given in " + entity;
    return jdbi.inTransaction(handle -> {
      D dao = daos.apply(handle);
      SqlStates.insert(subject, () -> {
        insert(dao, stored);
        insertParts(dao, stored);
      });
      return stored;
    });
  }

  @Override
  public final Optional<A> find(I id) {
    return jdbi.withHandle(handle -> find(daos.apply(handle), id));
  }

  @Override
  public final List<A> findAll(Collection<I> ids) {
    if (ids.isEmpty()) return List.of();
    return reading(dao -> findAll(dao, ids.stream().map(key).distinct().toList()));
  }

  /** Runs {@code reads} on the DAO in one transaction, so what it reads from several tables agrees. */
  final <T> T reading(Function<D, T> reads) {
    return jdbi.inTransaction(handle -> reads.apply(daos.apply(handle)));
  }

  @Override
  public final List<A> list(I after, int limit) {
    if (limit < 1) throw new IllegalArgumentException("a page holds at least one " + noun + ", not " + limit);
    return jdbi.inTransaction(handle -> {
      Query ids = handle.createQuery("SELECT id FROM " + table + " WHERE entity = :entity"
              + (after == null ? "" : " AND id > :after") + " ORDER BY id LIMIT :limit")
          .bind("entity", entity.value()).bind("limit", limit);
      if (after != null) ids.bind("after", key.apply(after));
      // The page is then read with its parts as find reads one: one way to read a record, in a few queries.
      return inOrder(daos.apply(handle), ids.mapTo(UUID.class).list());
    });
  }

  @Override
  public final long count() {
    return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM " + table + " WHERE entity = :entity")
        .bind("entity", entity.value()).mapTo(Long.class).one());
  }

  private void requireOwn(A aggregate) {
    if (!aggregate.entity().equals(entity)) {
      throw new IllegalArgumentException(noun + " " + aggregate.id() + " of " + aggregate.entity() + " cannot be saved with those of " + entity);
    }
  }

  private RuntimeException refusal(D dao, A aggregate) {
    return find(dao, aggregate.id())
        .<RuntimeException>map(current -> new ConflictException(noun + " " + aggregate.id() + " of " + entity + " is at version "
            + current.version() + ", not " + aggregate.version() + ": it changed since it was read; read it again and retry"))
        .orElseGet(() -> new NotFoundException("no " + noun + " " + aggregate.id() + " is stored in " + entity));
  }
}
