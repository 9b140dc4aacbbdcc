package coop.smart.server.security;

import coop.smart.core.access.ApiKey;
import coop.smart.core.access.KeyScope;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.error.NotFoundException;
import coop.smart.core.member.MemberId;
import coop.smart.core.operation.Actor;
import coop.smart.core.operation.Role;

/**
 * Who sent a request: the key it carried, resolved to its entity, its role and, for a member's
 * key, the member.
 *
 * @param keyId the key's public part, which names it in logs and audit records
 * @param member the member a {@link Role#MEMBER} key acts for; null for the other roles
 * @param scope {@link KeyScope#COOPERATIVE} for a cooperative administrator's key, which may
 *     administer the keys of other entities
 */
public record Caller(String keyId, EntityCode entity, Role role, MemberId member, KeyScope scope) {

  /** The caller {@code key} stands for, granted what the key grants, which the key checked. */
  public static Caller of(ApiKey key) {
    return new Caller(key.id(), key.entity(), key.role(), key.member(), key.scope());
  }

  /** How the audit trail names the caller; a cooperative administrator's key with its own entity, as it may act in others'. */
  public String actor() {
    return "key " + keyId + " (" + (scope == KeyScope.COOPERATIVE ? "cooperative ADMIN of " + entity : role)
        + (member == null ? "" : " of member " + member) + ")";
  }

  /**
   * Whether the caller may administer the keys of {@code other}: its own entity's, and any
   * entity's for a cooperative administrator.
   */
  public boolean administersKeysOf(EntityCode other) {
    return role == Role.ADMIN && (entity.equals(other) || scope == KeyScope.COOPERATIVE);
  }

  /** The caller as the core's operations know it, acting in a request sent with {@code requestKey}. */
  public Actor acting(String requestKey) {
    return actingIn(entity, requestKey);
  }

  /** The caller acting on {@code other}'s records, as a cooperative administrator's key does to issue that entity's keys. */
  public Actor actingIn(EntityCode other, String requestKey) {
    return new Actor(actor(), other, role, member, requestKey);
  }

  /** A member's key sees its own member's records only; the other roles see the whole entity. */
  public boolean sees(MemberId owner) {
    return member == null || member.equals(owner);
  }

  /**
   * Refuses a record of another member to a member's key, as if it did not exist: telling it
   * apart from a missing one would hint at what others hold.
   */
  public void requireSees(MemberId owner, String record) {
    if (!sees(owner)) throw new NotFoundException("no " + record + " is stored in " + entity);
  }
}
