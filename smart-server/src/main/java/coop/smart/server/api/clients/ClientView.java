package coop.smart.server.api.clients;

import coop.smart.core.client.Client;
import coop.smart.core.client.ClientKind;
import coop.smart.core.entity.Language;
import coop.smart.server.api.clients.ClientDetails.Address;

/**
 * A client as the API shows it; {@code vatNumber}, {@code address}, {@code electronicAddress} and
 * {@code language} are null for a client registered without them.
 */
record ClientView(String id, String entity, String name, String country, ClientKind kind, String vatNumber, Address address,
                  String electronicAddress, Language language, long version) {

  static ClientView of(Client client) {
    return new ClientView(client.id().toString(), client.entity().value(), client.name(), client.country(), client.kind(),
        client.vatNumber(), client.address() == null ? null
            : new Address(client.address().street(), client.address().postcode(), client.address().city()),
        client.electronicAddress() == null ? null : client.electronicAddress().toString(), client.language(), client.version());
  }
}
