package coop.smart.persistence;

import coop.smart.core.client.Client;
import coop.smart.core.client.ClientId;
import coop.smart.core.client.ClientRepository;
import coop.smart.core.entity.EntityCode;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The clients of one entity, in the {@code clients} table. */
public final class JdbiClientRepository extends VersionedStore<Client, ClientId, ClientDao> implements ClientRepository {

  public JdbiClientRepository(Database database, EntityCode entity) {
    super(database, entity, ClientDao::new, "clients", "client", ClientId::value, ClientId::new);
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
  List<Client> findAll(ClientDao dao, Collection<UUID> ids) {
    return dao.findAll(entity.value(), ids).stream().map(ClientDao.Row::toClient).toList();
  }
}
