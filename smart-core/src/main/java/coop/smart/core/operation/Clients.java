package coop.smart.core.operation;

import coop.smart.core.client.Client;
import coop.smart.core.client.ClientId;
import coop.smart.core.client.ClientKind;
import coop.smart.core.error.NotFoundException;
import java.util.List;

/** The clients members work for: registered, corrected, read. */
public final class Clients {

  /** What identifies a client for its invoices. */
  public record Details(String name, String country, ClientKind kind, String vatNumber) {
  }

  private final EntityStores stores;
  private final Changes changes;

  public Clients(EntityStores stores) {
    this.stores = stores;
    this.changes = new Changes(stores);
  }

  public Client register(Actor actor, Details details) {
    return changes.create(actor, stores.clients(), "client.register", "client",
        () -> Client.register(stores.entity().code(), details.name(), details.country(), details.kind(), details.vatNumber()));
  }

  public Client correct(Actor actor, ClientId id, long expectedVersion, Details details) {
    return changes.change(actor, stores.clients(), () -> find(actor, id), expectedVersion, "client.change", "client",
        client -> client.withDetails(details.name(), details.country(), details.kind(), details.vatNumber()));
  }

  public Client find(Actor actor, ClientId id) {
    return stores.clients().find(id).orElseThrow(() -> new NotFoundException("no client " + id + " is stored in " + actor.entity()));
  }

  public List<Client> page(ClientId after, int limit) {
    return stores.clients().list(after, limit);
  }
}
