package coop.smart.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.entity.EntityCode;
import coop.smart.core.error.ValidationException;
import org.junit.jupiter.api.Test;

class ClientTest {

  @Test
  void vatNumber_isNormalised() {
    Client client = Client.register(EntityCode.of("BE"), "Théâtre du Nord", "FR", ClientKind.BUSINESS, "fr 12 345 678 901");
    assertThat(client.vat()).contains("FR12345678901");
  }

  @Test
  void consumerWithAVatNumber_andUnknownCountry_areRefusedTogether() {
    assertThatThrownBy(() -> Client.register(EntityCode.of("BE"), "Dan", "XX", ClientKind.CONSUMER, "BE0123456789"))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).errors()).containsOnlyKeys("country", "vatNumber"));
  }

  @Test
  void withDetails_keepsIdentityAndVersion_andChecksTheNewDetails() {
    Client client = Client.register(EntityCode.of("BE"), "Dan", "BE", ClientKind.CONSUMER, null).withVersion(3);
    Client business = client.withDetails("Dan Studio", "NL", ClientKind.BUSINESS, "NL123456789B01");
    assertThat(business).isEqualTo(new Client(client.id(), client.entity(), "Dan Studio", "NL", ClientKind.BUSINESS, "NL123456789B01", 3));
    assertThatThrownBy(() -> client.withDetails("Dan", "BE", ClientKind.CONSUMER, "BE0123456789"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("vatNumber");
  }
}
