package coop.smart.persistence;

import coop.smart.core.audit.AuditRecord;
import coop.smart.core.entity.EntityCode;
import java.time.Instant;
import java.util.List;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Inserts and reads only: the trail has no statement that changes or deletes a record. The insert runs on the handle. */
@RegisterConstructorMapper(AuditDao.Row.class)
interface AuditDao {

  /** A row of {@code audit_trail}. */
  record Row(String entity, Instant recordedAt, String actor, String action, String subjectType, String subjectId, String idempotencyKey) {

    AuditRecord toRecord() {
      return new AuditRecord(EntityCode.of(entity), recordedAt, actor, action, subjectType, subjectId, idempotencyKey);
    }
  }

  /** Records bound as column arrays, in the order given (their {@code seq}). */
  String APPEND = "INSERT INTO audit_trail (entity, recorded_at, actor, action, subject_type, subject_id, idempotency_key)"
      + " SELECT * FROM unnest(CAST(:entity AS CHAR(2)[]), CAST(:recordedAt AS TIMESTAMPTZ[]), CAST(:actor AS VARCHAR[]),"
      + " CAST(:action AS VARCHAR[]), CAST(:subjectType AS VARCHAR[]), CAST(:subjectId AS VARCHAR[]), CAST(:idempotencyKey AS VARCHAR[]))";

  @SqlQuery("SELECT * FROM audit_trail WHERE entity = :entity AND subject_type = :subjectType AND subject_id = :subjectId ORDER BY seq")
  List<Row> about(String entity, String subjectType, String subjectId);
}
