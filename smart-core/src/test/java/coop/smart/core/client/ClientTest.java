package coop.smart.core.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.entity.ElectronicAddress;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.entity.Language;
import coop.smart.core.entity.PostalAddress;
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
    PostalAddress address = new PostalAddress("Keizersgracht 1", "1015 CJ", "Amsterdam");
    Client business = client.withDetails("Dan Studio", "NL", ClientKind.BUSINESS, "NL123456789B01", address, null, Language.NL);
    assertThat(business).isEqualTo(new Client(client.id(), client.entity(), "Dan Studio", "NL", ClientKind.BUSINESS, "NL123456789B01",
        address, null, Language.NL, 3));
    assertThatThrownBy(() -> client.withDetails("Dan", "BE", ClientKind.CONSUMER, "BE0123456789", null, null, null))
        .isInstanceOf(ValidationException.class).hasMessageContaining("vatNumber");
  }

  @Test
  void peppolAddress_isTheOneGiven_elseTheBelgianEnterpriseNumber_elseNone() {
    ElectronicAddress siret = ElectronicAddress.parse("0009:12345678900011", "electronicAddress");
    assertThat(Client.register(EntityCode.of("BE"), "Atelier", "FR", ClientKind.BUSINESS, "FR12345678901", null, siret, null).peppolAddress())
        .contains(siret);
    assertThat(Client.register(EntityCode.of("BE"), "Atelier", "BE", ClientKind.BUSINESS, "BE0123456749").peppolAddress())
        .contains(new ElectronicAddress("0208", "0123456749"));
    assertThat(Client.register(EntityCode.of("BE"), "Atelier", "FR", ClientKind.BUSINESS, "FR12345678901").peppolAddress()).isEmpty();
  }

  @Test
  void electronicAddress_readsASchemeAndAnIdentifier() {
    assertThatThrownBy(() -> ElectronicAddress.parse("BE0123456749", "electronicAddress"))
        .isInstanceOf(ValidationException.class).hasMessageContaining("SCHEME:IDENTIFIER");
  }
}
