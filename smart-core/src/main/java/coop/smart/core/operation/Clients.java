package coop.smart.core.operation;

import coop.smart.core.client.Client;
import coop.smart.core.client.ClientId;
import coop.smart.core.client.ClientKind;
import coop.smart.core.entity.ElectronicAddress;
import coop.smart.core.entity.Language;
import coop.smart.core.entity.PostalAddress;
import coop.smart.core.error.NotFoundException;
import java.util.List;

/** The clients members work for: registered, corrected, read. */
public final class Clients {

  /**
   * What identifies a client for its invoices.
   *
   * @param address where the client receives its mail, or null
   * @param electronicAddress where it receives e-invoices over Peppol, or null
   * @param language the language of its invoices, or null for the entity's
   */
  public record Details(String name, String country, ClientKind kind, String vatNumber, PostalAddress address,
                        ElectronicAddress electronicAddress, Language language) {

    /** A client known by its name, country, kind and VAT number only. */
    public Details(String name, String country, ClientKind kind, String vatNumber) {
      this(name, country, kind, vatNumber, null, null, null);
    }
  }

  private final EntityStores stores;
  private final Changes changes;

  public Clients(EntityStores stores) {
    this.stores = stores;
    this.changes = new Changes(stores);
  }

  public Client register(Actor actor, Details details) {
    return changes.create(actor, stores.clients(), "client.register", "client",
        () -> Client.register(stores.entity().code(), details.name(), details.country(), details.kind(), details.vatNumber(),
            details.address(), details.electronicAddress(), details.language()));
  }

  public Client correct(Actor actor, ClientId id, long expectedVersion, Details details) {
    return changes.change(actor, stores.clients(), () -> find(actor, id), expectedVersion, "client.change", "client",
        client -> client.withDetails(details.name(), details.country(), details.kind(), details.vatNumber(), details.address(),
            details.electronicAddress(), details.language()));
  }

  public Client find(Actor actor, ClientId id) {
    return stores.clients().find(id).orElseThrow(() -> new NotFoundException("no client " + id + " is stored in " + actor.entity()));
  }

  public List<Client> page(ClientId after, int limit) {
    return stores.clients().list(after, limit);
  }
}
