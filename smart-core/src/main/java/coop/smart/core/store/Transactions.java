package coop.smart.core.store;

import java.util.function.Supplier;

/**
 * Runs one use case as one transaction: the aggregate it changes, its journal entries and its
 * audit record are stored together or not at all. Calls nest: work run inside a transaction
 * joins it.
 */
public interface Transactions {

  /**
   * Runs {@code work} in a transaction and commits it; an exception thrown by {@code work} rolls
   * every write back and is rethrown as it was.
   */
  <T> T inTransaction(Supplier<T> work);

  /** {@link #inTransaction(Supplier)} for work that answers nothing. */
  default void useTransaction(Runnable work) {
    inTransaction(() -> {
      work.run();
      return null;
    });
  }
}
