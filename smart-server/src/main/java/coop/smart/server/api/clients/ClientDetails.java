package coop.smart.server.api.clients;

import coop.smart.core.client.ClientKind;
import coop.smart.core.entity.ElectronicAddress;
import coop.smart.core.entity.Language;
import coop.smart.core.entity.PostalAddress;
import coop.smart.core.error.ValidationException;
import coop.smart.core.operation.Clients;
import coop.smart.server.api.RequiredFields;

/**
 * A client's details, as registered or corrected; {@code vatNumber} may be left out, and a
 * consumer has none. {@code address}, {@code electronicAddress} (its Peppol address,
 * {@code scheme:identifier}) and {@code language} (of its invoices; the entity's when left out)
 * may be left out too, though its invoices print the address when known.
 */
record ClientDetails(String name, String country, ClientKind kind, String vatNumber, Address address, String electronicAddress,
                     Language language) {

  /** Where the client receives its mail: all three parts, or no address. */
  record Address(String street, String postcode, String city) {
  }

  ClientDetails {
    RequiredFields fields = new RequiredFields().require("name", name).require("country", country).require("kind", kind);
    if (address != null) {
      fields.require("address.street", address.street()).require("address.postcode", address.postcode()).require("address.city", address.city());
    }
    if (electronicAddress != null) {
      try {
        ElectronicAddress.parse(electronicAddress, "electronicAddress");
      } catch (ValidationException e) {
        e.errors().forEach((field, messages) -> fields.refuse(field, messages.get(0)));
      }
    }
    fields.check();
  }

  Clients.Details details() {
    return new Clients.Details(name, country, kind, vatNumber,
        address == null ? null : new PostalAddress(address.street(), address.postcode(), address.city()),
        electronicAddress == null ? null : ElectronicAddress.parse(electronicAddress, "electronicAddress"), language);
  }
}
