package coop.smart.examples.replay;

import coop.smart.persistence.Database;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * Reads of the books as they stood at one moment, however they change after: a read-only
 * transaction at {@code REPEATABLE READ}, whose snapshot PostgreSQL takes at its first statement.
 * The stores' reads made inside it, on the same thread, join it.
 */
final class Snapshots {

  private final Jdbi jdbi;

  Snapshots(Database database) {
    this.jdbi = database.jdbi();
  }

  /** Takes a snapshot of the books, tells {@code taken}, and answers what {@code work} reads of them. */
  <T> T read(Runnable taken, Supplier<T> work) {
    return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, handle -> {
      handle.execute("SET TRANSACTION READ ONLY");
      handle.createQuery("SELECT 1").mapTo(Integer.class).one();
      taken.run();
      return work.get();
    });
  }
}
