package coop.smart.server.api.clients;

import coop.smart.core.client.Client;
import coop.smart.core.client.ClientKind;

/** A client as the API shows it; {@code vatNumber} is null for a client without one. */
record ClientView(String id, String entity, String name, String country, ClientKind kind, String vatNumber, long version) {

  static ClientView of(Client client) {
    return new ClientView(client.id().toString(), client.entity().value(), client.name(), client.country(), client.kind(),
        client.vatNumber(), client.version());
  }
}
