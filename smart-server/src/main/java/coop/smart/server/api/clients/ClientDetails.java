package coop.smart.server.api.clients;

import coop.smart.core.client.ClientKind;
import coop.smart.core.operation.Clients;
import coop.smart.server.validation.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A client's details, as registered or corrected; {@code vatNumber} may be left out, and a
 * consumer has none. It may be sent with the spaces, dots and dashes it is printed with, which
 * are taken out before it is checked and stored.
 */
record ClientDetails(@NotBlank @Text(max = 300) String name, @NotNull @Text(max = 2) String country, @NotNull ClientKind kind,
                     @Text(max = 40) String vatNumber) {

  Clients.Details details() {
    return new Clients.Details(name, country, kind, vatNumber);
  }
}
