package coop.smart.core.client;

import coop.smart.core.store.Repository;

/** The clients registered with one entity. */
public interface ClientRepository extends Repository<Client, ClientId> {
}
