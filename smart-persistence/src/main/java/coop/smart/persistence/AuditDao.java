package coop.smart.persistence;

import coop.smart.core.audit.AuditRecord;
import coop.smart.core.entity.EntityCode;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Inserts and reads only: the trail has no statement that changes or deletes a record. */
@RegisterConstructorMapper(AuditDao.Row.class)
interface AuditDao {

  /** A row of {@code audit_trail}. */
  record Row(String entity, Instant recordedAt, String actor, String action, String subjectType, String subjectId, String idempotencyKey) {

    static Row of(AuditRecord record) {
      return new Row(record.entity().value(), record.at(), record.actor(), record.action(), record.subjectType(), record.subjectId(),
          record.idempotencyKey());
    }

    AuditRecord toRecord() {
      return new AuditRecord(EntityCode.of(entity), recordedAt, actor, action, subjectType, subjectId, idempotencyKey);
    }
  }

  @SqlUpdate("INSERT INTO audit_trail (entity, recorded_at, actor, action, subject_type, subject_id, idempotency_key)"
      + " VALUES (:entity, :recordedAt, :actor, :action, :subjectType, :subjectId, :idempotencyKey)")
  void append(@BindMethods Row row);

  @SqlQuery("SELECT * FROM audit_trail WHERE entity = :entity AND subject_type = :subjectType AND subject_id = :subjectId ORDER BY seq")
  List<Row> about(String entity, String subjectType, String subjectId);
}
