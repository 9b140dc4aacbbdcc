package coop.smart.persistence;

import coop.smart.core.audit.AuditRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The audit records appended inside a transaction of {@link JdbiTransactions}, inserted together
 * by the statement that commits it: a transaction of many operations (a replayed day, a salary run)
 * sends one statement for its trail instead of one per operation, and the commit costs no round
 * trip of its own. Kept per thread, as Jdbi binds a transaction's handle to its thread; a
 * transaction that fails drops them with the rest of its work.
 */
final class DeferredAudit {

  private final ThreadLocal<List<AuditRecord>> pending = new ThreadLocal<>();
  private final Consumer<List<AuditRecord>> insert;
  private final Consumer<List<AuditRecord>> insertAndCommit;

  /**
   * @param insert inserts records, of any entities, in the transaction on the thread
   * @param insertAndCommit inserts them and commits that transaction, in one statement
   */
  DeferredAudit(Consumer<List<AuditRecord>> insert, Consumer<List<AuditRecord>> insertAndCommit) {
    this.insert = insert;
    this.insertAndCommit = insertAndCommit;
  }

  /**
   * Runs the work of an outermost transaction, then inserts the records it appended and commits
   * (a transaction that appended none is committed by its caller); nested work runs as it is.
   */
  <T> T around(Supplier<T> work) {
    if (pending.get() != null) return work.get();
    pending.set(new ArrayList<>());
    try {
      T result = work.get();
      List<AuditRecord> records = pending.get();
      if (!records.isEmpty()) insertAndCommit.accept(List.copyOf(records));
      return result;
    } finally {
      pending.remove();
    }
  }

  /** Keeps the record until its transaction ends; false outside a transaction of {@link JdbiTransactions}, where it is inserted at once. */
  boolean defer(AuditRecord record) {
    List<AuditRecord> records = pending.get();
    if (records == null) return false;
    records.add(record);
    return true;
  }

  /** Inserts the records kept so far, so a read in the same transaction finds them. */
  void flush() {
    List<AuditRecord> records = pending.get();
    if (records == null || records.isEmpty()) return;
    insert.accept(List.copyOf(records));
    records.clear();
  }
}
