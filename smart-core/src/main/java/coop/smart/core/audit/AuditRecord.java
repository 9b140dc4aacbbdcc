package coop.smart.core.audit;

import coop.smart.core.entity.EntityCode;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of an entity's audit trail: who did what to which record, and when.
 *
 * @param actor who did it: a member, an employee, or a system job
 * @param action what was done, e.g. "contract.declare"
 * @param subjectType the kind of record acted on, e.g. "contract"
 * @param subjectId the record's id
 * @param idempotencyKey the key of the request that did it, or null when it came without one
 */
public record AuditRecord(EntityCode entity, Instant at, String actor, String action, String subjectType, String subjectId,
                          String idempotencyKey) {

  public AuditRecord {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(at, "at");
    requireText(actor, "actor");
    requireText(action, "action");
    requireText(subjectType, "subjectType");
    requireText(subjectId, "subjectId");
    if (idempotencyKey != null && idempotencyKey.isBlank()) throw new IllegalArgumentException("an idempotency key must not be blank");
  }

  private static void requireText(String value, String name) {
    if (value == null || value.isBlank()) throw new IllegalArgumentException("an audit record needs " + name);
  }
}
