package coop.smart.documents;

import coop.smart.core.client.Client;
import coop.smart.core.contract.Contract;
import coop.smart.core.entity.Issuer;
import coop.smart.core.entity.Language;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.invoice.Invoice;
import coop.smart.core.member.Member;
import java.util.Objects;

/**
 * An invoice with the parties its documents name: the entity that issued it, its client, the
 * member whose work it bills and, for a contract's invoice, the contract.
 *
 * @param contract the contract the invoice funds, or null for an invoice through an activity
 */
public record IssuedInvoice(NationalEntity entity, Invoice invoice, Client client, Member member, Contract contract) {

  public IssuedInvoice {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(invoice, "invoice");
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(member, "member");
    if (!invoice.client().equals(client.id())) throw new IllegalArgumentException("invoice " + invoice.number() + " is not to client " + client.id());
    if (!invoice.member().equals(member.id())) throw new IllegalArgumentException("invoice " + invoice.number() + " is not for member " + member.id());
    if (contract != null && !contract.id().equals(invoice.contract())) {
      throw new IllegalArgumentException("invoice " + invoice.number() + " does not fund contract " + contract.id());
    }
  }

  /** The entity as the invoice names it, refused while its data lacks what an invoice prints. */
  public Issuer issuer() {
    return entity.issuer().complete(entity.code());
  }

  /** The client's language, else the entity's. */
  public Language language() {
    return client.language() != null ? client.language() : issuer().language();
  }
}
