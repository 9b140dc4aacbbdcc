package coop.smart.core.store;

import coop.smart.core.entity.EntityCode;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The stored aggregates of one kind in one national entity. Every method sees that entity's
 * records only: a repository handed to one entity can neither read nor overwrite another's.
 *
 * @param <A> the aggregate
 * @param <I> its identifier
 */
public interface Repository<A extends Versioned<A, I>, I> {

  /** The entity whose records this repository holds. */
  EntityCode entity();

  /**
   * Stores {@code aggregate}: inserts it when its version is 0, otherwise updates it only if the
   * stored version is still its version. Answers the aggregate at its new version.
   *
   * @throws coop.smart.core.error.ConflictException when the stored version moved on since the
   *     aggregate was read, or a new aggregate's id is already taken
   * @throws coop.smart.core.error.NotFoundException when a version above 0 is saved for a record
   *     that is not stored
   * @throws IllegalArgumentException for an aggregate of another entity
   */
  A save(A aggregate);

  /**
   * Stores new aggregates (version 0) in one transaction, all or none: loading a year of records
   * one save at a time would pay a round trip and a commit for each. Answers them at version 1,
   * in the order given.
   *
   * @throws coop.smart.core.error.ConflictException when an id is already taken, or given twice
   * @throws coop.smart.core.error.NotFoundException when an aggregate refers to a record that is not stored
   * @throws IllegalArgumentException for an aggregate of another entity, or one already stored (version above 0)
   */
  List<A> saveAll(List<A> aggregates);

  /**
   * Stores aggregates already stored, each changed from the version it was read at, in one
   * transaction and in a few statements however many: a salary run pays hundreds of contracts at
   * once, a bank statement's payments change thousands of invoices. All or none. Answers them at
   * their new versions, in the order given.
   *
   * @throws coop.smart.core.error.ConflictException when one of them changed since it was read
   * @throws coop.smart.core.error.NotFoundException when one of them is not stored
   * @throws IllegalArgumentException for an aggregate of another entity, or a new one (version 0)
   */
  List<A> saveChanges(List<A> aggregates);

  Optional<A> find(I id);

  /** The stored aggregates among {@code ids}, in any order, read in a fixed number of queries however many are asked for. */
  List<A> findAll(Collection<I> ids);

  /**
   * One page of the entity's aggregates in the order of their ids: at most {@code limit} of
   * them, starting after {@code after}, or from the first when it is null. Paging this way
   * stays stable while records are added: a page never repeats or skips an earlier one's rows.
   */
  List<A> list(I after, int limit);

  /** How many aggregates the entity holds. */
  long count();
}
