package coop.smart.persistence;

import coop.smart.core.client.Client;
import coop.smart.core.client.ClientId;
import coop.smart.core.client.ClientRepository;
import coop.smart.core.entity.EntityCode;
import java.util.List;
import java.util.Optional;

/** The clients of one entity, in the {@code clients} table. */
public final class JdbiClientRepository extends VersionedStore<Client, ClientId, ClientDao> implements ClientRepository {

  public JdbiClientRepository(Database database, EntityCode entity) {
    super(database, entity, ClientDao.class, "clients", "client", ClientId::value, ClientId::new);
  }

  @Override
  void insert(ClientDao dao, List<Client> stored) {
    dao.insert(stored.stream().map(ClientDao.Row::of).toList());
  }

  @Override
  int update(ClientDao dao, Client stored) {
    return dao.update(ClientDao.Row.of(stored));
  }

  @Override
  Optional<Client> find(ClientDao dao, ClientId id) {
    return dao.find(entity.value(), id.value()).map(ClientDao.Row::toClient);
  }
}
