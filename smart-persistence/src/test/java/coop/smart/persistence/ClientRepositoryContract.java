package coop.smart.persistence;

import static coop.smart.persistence.Fixtures.BE;
import static org.assertj.core.api.Assertions.assertThat;

import coop.smart.core.client.Client;
import coop.smart.core.client.ClientId;
import coop.smart.core.client.ClientKind;
import coop.smart.core.client.ClientRepository;
import coop.smart.core.entity.ElectronicAddress;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.entity.Language;
import coop.smart.core.entity.PostalAddress;
import org.junit.jupiter.api.Test;

abstract class ClientRepositoryContract extends RepositoryContract<Client, ClientId> {

  @Override
  ClientRepository repository(EntityCode entity) {
    return new JdbiClientRepository(database, entity);
  }

  @Override
  Client fresh(EntityCode entity) {
    return Fixtures.client(entity);
  }

  @Override
  Client changed(Client client) {
    return client.withDetails(client.name() + " (Bruxelles)", client.country(), client.kind(), client.vatNumber(),
        new PostalAddress("Rue Haute 1", "1000", "Bruxelles"), new ElectronicAddress("0208", "0123456749"), Language.NL);
  }

  @Test
  void consumer_isStoredWithoutAVatNumber() {
    Client consumer = repository(BE).save(Client.register(BE, "Jeanne Dupont", "FR", ClientKind.CONSUMER, null));
    assertThat(repository(BE).find(consumer.id()).orElseThrow().vat()).isEmpty();
  }
}
