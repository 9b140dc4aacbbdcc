package coop.smart.core.operation;

import coop.smart.core.audit.AuditRecord;
import coop.smart.core.error.ConflictException;
import coop.smart.core.error.StaleVersionException;
import coop.smart.core.store.Repository;
import coop.smart.core.store.Versioned;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * How every operation writes: in one transaction, the record read and checked to be at the
 * version the actor saw, the domain's decision saved at that version, and an audit record of it.
 */
final class Changes {

  private final EntityStores stores;

  Changes(EntityStores stores) {
    this.stores = stores;
  }

  /** Saves a new record and audits its creation, in one transaction. */
  <A extends Versioned<A, I>, I> A create(Actor actor, Repository<A, I> repository, String action, String type, Supplier<A> created) {
    return create(actor, repository, action, type, created, saved -> { });
  }

  /** {@link #create}, doing {@code then} with the record saved, in the same transaction, before the audit. */
  <A extends Versioned<A, I>, I> A create(Actor actor, Repository<A, I> repository, String action, String type, Supplier<A> created,
      Consumer<A> then) {
    return stores.transactions().inTransaction(() -> {
      A saved = repository.save(created.get());
      then.accept(saved);
      audit(actor, action, type, saved.id());
      return saved;
    });
  }

  /**
   * Takes one step of a record's life from the version the actor read, in one transaction with
   * its audit record.
   *
   * @throws StaleVersionException when the record is no longer at {@code expectedVersion}, or
   *     another change is saved first
   */
  <A extends Versioned<A, I>, I> A change(Actor actor, Repository<A, I> repository, Supplier<A> current, long expectedVersion,
      String action, String type, UnaryOperator<A> step) {
    return change(actor, repository, current, expectedVersion, action, type, step, saved -> { });
  }

  /** {@link #change}, doing {@code then} with the record saved, in the same transaction, before the audit. */
  <A extends Versioned<A, I>, I> A change(Actor actor, Repository<A, I> repository, Supplier<A> current, long expectedVersion,
      String action, String type, UnaryOperator<A> step, Consumer<A> then) {
    return stores.transactions().inTransaction(() -> {
      A record = current.get();
      String name = type + " " + record.id();
      if (record.version() != expectedVersion) throw stale(name, record.version(), expectedVersion);
      A saved = saving(name, () -> repository.save(step.apply(record)));
      then.accept(saved);
      audit(actor, action, type, saved.id());
      return saved;
    });
  }

  /** The refusal of a change to {@code name}, read at {@code expected} by the actor, now at {@code version}. */
  static StaleVersionException stale(String name, long version, long expected) {
    return new StaleVersionException(name + " is at version " + version + ", not " + expected
        + ": it changed since it was read; read it again and retry");
  }

  /** Saves what {@code save} saves, a conflict with another change saved first refused as stale. */
  static <T> T saving(String name, Supplier<T> save) {
    try {
      return save.get();
    } catch (StaleVersionException e) {
      throw e;
    } catch (ConflictException e) {
      throw new StaleVersionException(name + " changed while this change ran: " + e.getMessage());
    }
  }

  void audit(Actor actor, String action, String type, Object id) {
    stores.audit().append(new AuditRecord(stores.entity().code(), stores.clock().instant(), actor.name(), action, type, id.toString(),
        actor.requestKey()));
  }
}
