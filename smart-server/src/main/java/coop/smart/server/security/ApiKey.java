package coop.smart.server.security;

import coop.smart.core.entity.EntityCode;
import coop.smart.core.member.MemberId;
import coop.smart.core.operation.Role;
import java.util.Objects;

/**
 * A key as stored: its public id, the SHA-256 of the whole key and what it grants. The key
 * itself is shown once, when issued, and never stored.
 *
 * @param label what the key is for, as its holder named it
 */
public record ApiKey(String id, String hash, EntityCode entity, Role role, MemberId member, String label) {

  public ApiKey {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(label, "label");
    new Caller(id, entity, role, member);
  }

  public Caller caller() {
    return new Caller(id, entity, role, member);
  }
}
