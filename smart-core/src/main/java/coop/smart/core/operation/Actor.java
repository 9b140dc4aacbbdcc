package coop.smart.core.operation;

import coop.smart.core.entity.EntityCode;
import coop.smart.core.error.NotFoundException;
import coop.smart.core.member.MemberId;
import java.util.Objects;

/**
 * Who acts on an entity's records through an operation: named in the audit trail, with a role,
 * and, for a member, the member it acts for, whose own records are the only ones it reaches.
 *
 * @param name how the audit trail names the actor, e.g. an API key or a person
 * @param member the member a {@link Role#MEMBER} acts for; null for the other roles
 * @param requestKey the caller's key for the request (its {@code Idempotency-Key}), kept with the
 *     audit record, or null
 */
public record Actor(String name, EntityCode entity, Role role, MemberId member, String requestKey) {

  public Actor {
    if (name == null || name.isBlank()) throw new IllegalArgumentException("an actor needs a name");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(role, "role");
    if ((role == Role.MEMBER) != (member != null)) throw new IllegalArgumentException("an actor names a member exactly when its role is MEMBER");
  }

  /** A member sees its own member's records only; the other roles see the whole entity. */
  public boolean sees(MemberId owner) {
    return member == null || member.equals(owner);
  }

  /**
   * Refuses a record of another member to a member, as if it did not exist: telling it apart
   * from a missing one would hint at what others hold.
   */
  public void requireSees(MemberId owner, String record) {
    if (!sees(owner)) throw new NotFoundException("no " + record + " is stored in " + entity);
  }
}
