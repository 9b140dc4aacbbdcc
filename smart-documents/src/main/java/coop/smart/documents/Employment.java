package coop.smart.documents;

import coop.smart.core.client.Client;
import coop.smart.core.contract.Contract;
import coop.smart.core.entity.Issuer;
import coop.smart.core.entity.Language;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.member.Member;
import java.util.Objects;

/**
 * A member's contract with the parties its documents name: the entity employing, the member
 * employed and, for a contract invoiced to a client, that client.
 *
 * @param client the client the work is for, or null for a contract funded by its activity's budget
 */
public record Employment(NationalEntity entity, Contract contract, Member member, Client client) {

  public Employment {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(contract, "contract");
    Objects.requireNonNull(member, "member");
    if (!contract.member().equals(member.id())) throw new IllegalArgumentException("contract " + contract.id() + " is not member " + member.id() + "'s");
    if (client != null && !client.id().equals(contract.client())) {
      throw new IllegalArgumentException("contract " + contract.id() + " is not for client " + client.id());
    }
  }

  /** The entity as employer, refused while its data lacks what a document prints. */
  public Issuer employer() {
    return entity.issuer().complete(entity.code());
  }

  /** The member's language, else the entity's. */
  public Language language() {
    return member.language() != null ? member.language() : employer().language();
  }

  public Labels labels() {
    return Labels.of(language());
  }
}
