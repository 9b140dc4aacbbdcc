package coop.smart.core.store;

import coop.smart.core.entity.EntityCode;

/**
 * An aggregate stored with optimistic concurrency. Its version is the one it was read at: 0
 * for an aggregate never stored, then 1, 2… after each save. A save made from a version that
 * is no longer the stored one is refused, so two people editing the same record cannot
 * silently overwrite each other.
 *
 * @param <A> the aggregate itself
 * @param <I> its identifier
 */
public interface Versioned<A extends Versioned<A, I>, I> {

  I id();

  /** The national entity the aggregate belongs to; it is stored and read within it only. */
  EntityCode entity();

  long version();

  /** This aggregate as stored at {@code version}; only a repository has reason to call it. */
  A withVersion(long version);
}
