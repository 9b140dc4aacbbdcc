package coop.smart.persistence;

import static coop.smart.persistence.Columns.column;
import static coop.smart.persistence.Columns.enumerated;
import static coop.smart.persistence.Columns.uuid;
import static coop.smart.persistence.Columns.values;

import coop.smart.core.client.Client;
import coop.smart.core.client.ClientId;
import coop.smart.core.client.ClientKind;
import coop.smart.core.entity.ElectronicAddress;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.entity.Language;
import coop.smart.core.entity.PostalAddress;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;

/** Clients, on the handle of a transaction: every contract drafted for a client reads it. */
final class ClientDao {

  /** A row of {@code clients}; a client registered without an address has no street, postcode nor city. */
  record Row(String entity, UUID id, String name, String country, ClientKind kind, String vatNumber, String street, String postcode,
             String city, String electronicAddress, Language language, long version) {

    static Row of(Client client) {
      PostalAddress address = client.address();
      return new Row(client.entity().value(), client.id().value(), client.name(), client.country(), client.kind(), client.vatNumber(),
          address == null ? null : address.street(), address == null ? null : address.postcode(), address == null ? null : address.city(),
          client.electronicAddress() == null ? null : client.electronicAddress().toString(), client.language(), client.version());
    }

    static Row read(ResultSet row, StatementContext context) throws SQLException {
      return new Row(row.getString("entity"), uuid(row, "id"), row.getString("name"), row.getString("country"),
          enumerated(ClientKind.class, row, "kind"), row.getString("vat_number"), row.getString("street"), row.getString("postcode"),
          row.getString("city"), row.getString("electronic_address"), enumerated(Language.class, row, "language"), row.getLong("version"));
    }

    Client toClient() {
      return new Client(new ClientId(id), EntityCode.of(entity), name, country, kind, vatNumber,
          street == null ? null : new PostalAddress(street, postcode, city),
          electronicAddress == null ? null : ElectronicAddress.parse(electronicAddress, "electronicAddress"), language, version);
    }
  }

  private static final String INSERT = "INSERT INTO clients (entity, id, name, country, kind, vat_number, street, postcode, city,"
      + " electronic_address, language, version)"
      + " SELECT * FROM unnest(CAST(:entity AS CHAR(2)[]), CAST(:id AS UUID[]), CAST(:name AS VARCHAR[]), CAST(:country AS CHAR(2)[]),"
      + " CAST(:kind AS VARCHAR[]), CAST(:vatNumber AS VARCHAR[]), CAST(:street AS VARCHAR[]), CAST(:postcode AS VARCHAR[]),"
      + " CAST(:city AS VARCHAR[]), CAST(:electronicAddress AS VARCHAR[]), CAST(:language AS CHAR(2)[]), CAST(:version AS BIGINT[]))";

  private static final String UPDATE = "UPDATE clients SET name = :name, country = :country, kind = :kind, vat_number = :vatNumber,"
      + " street = :street, postcode = :postcode, city = :city, electronic_address = :electronicAddress, language = :language,"
      + " version = :version WHERE entity = :entity AND id = :id AND version = :version - 1";

  private final Handle handle;

  ClientDao(Handle handle) {
    this.handle = handle;
  }

  /** Inserts the rows in one statement, whatever their number. */
  void insert(List<Row> rows) {
    handle.createUpdate(INSERT)
        .bind("entity", column(rows, Row::entity))
        .bind("id", column(rows, Row::id))
        .bind("name", column(rows, Row::name))
        .bind("country", column(rows, Row::country))
        .bind("kind", column(rows, Row::kind))
        .bind("vatNumber", column(rows, Row::vatNumber))
        .bind("street", column(rows, Row::street))
        .bind("postcode", column(rows, Row::postcode))
        .bind("city", column(rows, Row::city))
        .bind("electronicAddress", column(rows, Row::electronicAddress))
        .bind("language", column(rows, Row::language))
        .bind("version", column(rows, Row::version))
        .execute();
  }

  int update(Row row) {
    return handle.createUpdate(UPDATE)
        .bind("entity", row.entity()).bind("id", row.id()).bind("name", row.name()).bind("country", row.country())
        .bind("kind", row.kind().name()).bind("vatNumber", row.vatNumber()).bind("street", row.street()).bind("postcode", row.postcode())
        .bind("city", row.city()).bind("electronicAddress", row.electronicAddress())
        .bind("language", row.language() == null ? null : row.language().name()).bind("version", row.version())
        .execute();
  }

  List<Row> findAll(String entity, Collection<UUID> ids) {
    return handle.createQuery("SELECT * FROM clients WHERE entity = :entity AND id = ANY(CAST(:ids AS UUID[]))")
        .bind("entity", entity).bind("ids", values(ids)).map(Row::read).list();
  }
}
