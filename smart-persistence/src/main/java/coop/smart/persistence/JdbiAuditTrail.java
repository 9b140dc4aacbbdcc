package coop.smart.persistence;

import coop.smart.core.audit.AuditRecord;
import coop.smart.core.audit.AuditTrail;
import coop.smart.core.entity.EntityCode;
import java.util.List;
import org.jdbi.v3.core.Jdbi;

/** One entity's audit trail in the append-only {@code audit_trail} table. */
public final class JdbiAuditTrail implements AuditTrail {

  private final Jdbi jdbi;
  private final EntityCode entity;

  public JdbiAuditTrail(Database database, EntityCode entity) {
    this.jdbi = database.jdbi();
    this.entity = entity;
  }

  @Override
  public EntityCode entity() {
    return entity;
  }

  @Override
  public void append(AuditRecord record) {
    if (!record.entity().equals(entity)) throw new IllegalArgumentException("audit record of " + record.entity() + " appended to the trail of " + entity);
    // on the handle, not through the SqlObject: every operation appends one record
    jdbi.useHandle(handle -> handle.createUpdate(AuditDao.APPEND)
        .bind("entity", record.entity().value()).bind("recordedAt", record.at()).bind("actor", record.actor())
        .bind("action", record.action()).bind("subjectType", record.subjectType()).bind("subjectId", record.subjectId())
        .bind("idempotencyKey", record.idempotencyKey())
        .execute());
  }

  @Override
  public List<AuditRecord> about(String subjectType, String subjectId) {
    return jdbi.withExtension(AuditDao.class, dao -> dao.about(entity.value(), subjectType, subjectId)).stream().map(AuditDao.Row::toRecord).toList();
  }
}
