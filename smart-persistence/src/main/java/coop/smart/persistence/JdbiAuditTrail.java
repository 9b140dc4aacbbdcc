package coop.smart.persistence;

import static coop.smart.persistence.Columns.column;

import coop.smart.core.audit.AuditRecord;
import coop.smart.core.audit.AuditTrail;
import coop.smart.core.entity.EntityCode;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** One entity's audit trail in the append-only {@code audit_trail} table. */
public final class JdbiAuditTrail implements AuditTrail {

  private final Jdbi jdbi;
  private final EntityCode entity;
  private final DeferredAudit deferred;

  public JdbiAuditTrail(Database database, EntityCode entity) {
    this.jdbi = database.jdbi();
    this.entity = entity;
    this.deferred = database.deferredAudit();
  }

  @Override
  public EntityCode entity() {
    return entity;
  }

  /** Appends the record; inside a transaction of {@link JdbiTransactions}, it is inserted with the others by the statement that commits. */
  @Override
  public void append(AuditRecord record) {
    if (!record.entity().equals(entity)) throw new IllegalArgumentException("audit record of " + record.entity() + " appended to the trail of " + entity);
    if (!deferred.defer(record)) insert(jdbi, List.of(record));
  }

  /** Inserts the records, of any entities, in one statement. */
  static void insert(Jdbi jdbi, List<AuditRecord> records) {
    insert(jdbi, AuditDao.APPEND, records);
  }

  /**
   * Inserts the records, of any entities, and commits the transaction on the thread, in one round
   * trip: the statement ends with the {@code COMMIT}, so the driver finds the transaction ended and
   * the commit that follows sends nothing. Inserting them fails the transaction, as before, and
   * commits nothing.
   */
  static void insertAndCommit(Jdbi jdbi, List<AuditRecord> records) {
    insert(jdbi, AuditDao.APPEND + "; COMMIT", records);
  }

  private static void insert(Jdbi jdbi, String statement, List<AuditRecord> records) {
    jdbi.useHandle(handle -> handle.createUpdate(statement)
        .bind("entity", column(records, record -> record.entity().value()))
        .bind("recordedAt", column(records, AuditRecord::at))
        .bind("actor", column(records, AuditRecord::actor))
        .bind("action", column(records, AuditRecord::action))
        .bind("subjectType", column(records, AuditRecord::subjectType))
        .bind("subjectId", column(records, AuditRecord::subjectId))
        .bind("idempotencyKey", column(records, AuditRecord::idempotencyKey))
        .execute());
  }

  @Override
  public List<AuditRecord> about(String subjectType, String subjectId) {
    deferred.flush();
    return jdbi.withExtension(AuditDao.class, dao -> dao.about(entity.value(), subjectType, subjectId)).stream().map(AuditDao.Row::toRecord).toList();
  }
}
