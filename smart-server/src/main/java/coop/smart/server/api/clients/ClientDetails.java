package coop.smart.server.api.clients;

import coop.smart.core.client.ClientKind;
import coop.smart.core.entity.ElectronicAddress;
import coop.smart.core.entity.Language;
import coop.smart.core.entity.PostalAddress;
import coop.smart.core.error.ValidationException;
import coop.smart.core.operation.Clients;
import coop.smart.server.validation.RelatedFields;
import coop.smart.server.validation.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A client's details, as registered or corrected; {@code vatNumber} may be left out, and a
 * consumer has none. It may be sent with the spaces, dots and dashes it is printed with, which
 * are taken out before it is checked and stored. {@code address}, {@code electronicAddress} (its
 * Peppol address, {@code scheme:identifier}) and {@code language} (of its invoices; the entity's
 * when left out) may be left out too, though its invoices print the address when known.
 */
record ClientDetails(@NotBlank @Text(max = 300) String name, @NotNull @Text(max = 2) String country, @NotNull ClientKind kind,
                     @Text(max = 40) String vatNumber, @Valid Address address, @Text(max = 60) String electronicAddress,
                     Language language) implements RelatedFields {

  /** Where the client receives its mail: all three parts, or no address. */
  record Address(@NotBlank @Text(max = 300) String street, @NotBlank @Text(max = 20) String postcode,
                 @NotBlank @Text(max = 100) String city) {
  }

  /** The Peppol address must read as one, which the core decides. */
  @Override
  public void check(Refusals refusals) {
    if (electronicAddress == null) return;
    try {
      ElectronicAddress.parse(electronicAddress, "electronicAddress");
    } catch (ValidationException e) {
      e.errors().forEach((field, messages) -> messages.forEach(message -> refusals.refuse(field, message)));
    }
  }

  Clients.Details details() {
    return new Clients.Details(name, country, kind, vatNumber,
        address == null ? null : new PostalAddress(address.street(), address.postcode(), address.city()),
        electronicAddress == null ? null : ElectronicAddress.parse(electronicAddress, "electronicAddress"), language);
  }
}
