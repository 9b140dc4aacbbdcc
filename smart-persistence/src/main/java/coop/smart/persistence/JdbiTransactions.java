package coop.smart.persistence;

import coop.smart.core.store.Transactions;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;

/**
 * Transactions on a {@link Database}. Jdbi binds the handle of the outermost call to the thread
 * (its handle scope): every nested {@code withHandle}, {@code withExtension} or
 * {@code inTransaction} on that thread reuses the handle and joins the transaction already
 * open. The repositories open a transaction of their own for each save, so alone a save
 * commits by itself, and inside {@link #inTransaction} it commits, or rolls back, with the
 * rest of the use case. No handle is passed around; the only thing kept per thread is the
 * transaction's audit records ({@link DeferredAudit}), inserted together by the statement that commits it.
 */
public final class JdbiTransactions implements Transactions {

  private final Jdbi jdbi;
  private final DeferredAudit deferredAudit;

  public JdbiTransactions(Database database) {
    this.jdbi = database.jdbi();
    this.deferredAudit = database.deferredAudit();
  }

  /**
   * Runs the work in a transaction; the audit records it appends are inserted together by the
   * statement that commits it. Inside a transaction already begun on the thread, the work joins it.
   */
  @Override
  public <T> T inTransaction(Supplier<T> work) {
    // The audit's statement commits: only a transaction begun here may end there.
    return jdbi.withHandle(handle -> handle.isInTransaction() ? work.get() : handle.inTransaction(begun -> deferredAudit.around(work)));
  }
}
