package coop.smart.persistence;

import java.util.Collection;
import org.jdbi.v3.sqlobject.customizer.BindList;
import coop.smart.core.client.Client;
import coop.smart.core.client.ClientId;
import coop.smart.core.client.ClientKind;
import coop.smart.core.entity.ElectronicAddress;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.entity.Language;
import coop.smart.core.entity.PostalAddress;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(ClientDao.Row.class)
interface ClientDao {

  /** A row of {@code clients}. */
  /** A row of {@code clients}; a client registered without an address has no street, postcode nor city. */
  record Row(String entity, UUID id, String name, String country, ClientKind kind, String vatNumber, String street, String postcode,
             String city, String electronicAddress, Language language, long version) {

    static Row of(Client client) {
      PostalAddress address = client.address();
      return new Row(client.entity().value(), client.id().value(), client.name(), client.country(), client.kind(), client.vatNumber(),
          address == null ? null : address.street(), address == null ? null : address.postcode(), address == null ? null : address.city(),
          client.electronicAddress() == null ? null : client.electronicAddress().toString(), client.language(), client.version());
    }

    Client toClient() {
      return new Client(new ClientId(id), EntityCode.of(entity), name, country, kind, vatNumber,
          street == null ? null : new PostalAddress(street, postcode, city),
          electronicAddress == null ? null : ElectronicAddress.parse(electronicAddress, "electronicAddress"), language, version);
    }
  }

  @SqlBatch("INSERT INTO clients (entity, id, name, country, kind, vat_number, street, postcode, city, electronic_address, language, version)"
      + " VALUES (:entity, :id, :name, :country, :kind, :vatNumber, :street, :postcode, :city, :electronicAddress, :language, :version)")
  void insert(@BindMethods List<Row> rows);

  @SqlUpdate("UPDATE clients SET name = :name, country = :country, kind = :kind, vat_number = :vatNumber, street = :street,"
      + " postcode = :postcode, city = :city, electronic_address = :electronicAddress, language = :language, version = :version"
      + " WHERE entity = :entity AND id = :id AND version = :version - 1")
  int update(@BindMethods Row row);

  @SqlQuery("SELECT * FROM clients WHERE entity = :entity AND id IN (<ids>)")
  List<Row> findAll(String entity, @BindList("ids") Collection<UUID> ids);
}
