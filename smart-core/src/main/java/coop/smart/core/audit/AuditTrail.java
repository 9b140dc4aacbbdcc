package coop.smart.core.audit;

import coop.smart.core.entity.EntityCode;
import java.util.List;

/**
 * One entity's audit trail. Records are only ever appended: nothing changes or removes one, so
 * the trail tells later what happened, even to a record since changed.
 */
public interface AuditTrail {

  EntityCode entity();

  /** Appends {@code record}, which must be of this trail's entity. */
  void append(AuditRecord record);

  /** Every record about one subject, in the order appended. */
  List<AuditRecord> about(String subjectType, String subjectId);
}
