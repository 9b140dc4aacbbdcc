package coop.smart.server.api.clients;

import coop.smart.core.client.ClientKind;
import coop.smart.core.operation.Clients;
import coop.smart.server.api.RequiredFields;

/** A client's details, as registered or corrected; {@code vatNumber} may be left out, and a consumer has none. */
record ClientDetails(String name, String country, ClientKind kind, String vatNumber) {

  ClientDetails {
    new RequiredFields().require("name", name).require("country", country).require("kind", kind).check();
  }

  Clients.Details details() {
    return new Clients.Details(name, country, kind, vatNumber);
  }
}
