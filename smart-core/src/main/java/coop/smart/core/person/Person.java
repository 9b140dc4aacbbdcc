package coop.smart.core.person;

import coop.smart.core.entity.EntityCode;
import coop.smart.core.member.MemberId;
import coop.smart.core.operation.Actor;
import coop.smart.core.operation.Role;
import java.util.Objects;
import java.util.UUID;

/**
 * Someone who signs in to the entity's pages: a member, or one of its advisors or administrators.
 * Like an API key, a person is bound to one entity and one role and, as a member, to the member
 * whose records alone it reaches; unlike a key, it is a human, so it is never an integrator.
 *
 * @param email how the person signs in, or null while an invitation that names none is pending
 * @param member the member a {@link Role#MEMBER} person is; null for the other roles
 * @param language the language the person chose for the pages ({@code fr}, {@code nl}, {@code en}, {@code de}), or null
 */
public record Person(UUID id, EntityCode entity, String email, Role role, MemberId member, String language) {

  public Person {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(role, "role");
    if (role == Role.INTEGRATOR) throw new IllegalArgumentException("an integrator is software: it takes an API key, not a person's sign-in");
    if ((role == Role.MEMBER) != (member != null)) throw new IllegalArgumentException("a person names a member exactly when its role is MEMBER");
  }

  /** The person as the operations know it, named in the audit trail by its id. */
  public Actor actor() {
    return new Actor("person " + id + " (" + role + (member == null ? "" : " of member " + member) + ")", entity, role, member, null);
  }

  public Person withEmail(String other) {
    return new Person(id, entity, other, role, member, language);
  }

  public Person withLanguage(String other) {
    return new Person(id, entity, email, role, member, other);
  }
}
