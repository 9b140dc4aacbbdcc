package coop.smart.persistence;

import coop.smart.core.access.ApiKey;
import coop.smart.core.access.KeyScope;
import coop.smart.core.access.KeyStore;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.member.MemberId;
import coop.smart.core.operation.Role;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The API keys, in the {@code api_keys} table, each by its id and the SHA-256 of the whole key,
 * never the key itself. Reads take no lock: a request's key is one look-up of its hash. A change
 * first locks the table against every other change (SHARE ROW EXCLUSIVE, which lets reads go on),
 * so two servers' changes run one after the other, each seeing what the one before it did.
 */
public final class JdbiApiKeys implements KeyStore {

  private static final String COLUMNS = "id, key_hash, entity, role, member_id, label, scope";

  private final Jdbi jdbi;

  public JdbiApiKeys(Database database) {
    this.jdbi = database.jdbi();
  }

  @Override
  public Optional<ApiKey> byHash(String hash) {
    return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM api_keys WHERE key_hash = :hash")
        .bind("hash", hash).map((rs, ctx) -> key(rs)).findOne());
  }

  @Override
  public Optional<ApiKey> byId(String id) {
    return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM api_keys WHERE id = :id")
        .bind("id", id).map((rs, ctx) -> key(rs)).findOne());
  }

  @Override
  public List<ApiKey> all() {
    return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM api_keys ORDER BY id").map((rs, ctx) -> key(rs)).list());
  }

  @Override
  public List<ApiKey> of(EntityCode entity) {
    return jdbi.withHandle(handle -> handle.createQuery("SELECT " + COLUMNS + " FROM api_keys WHERE entity = :entity ORDER BY id")
        .bind("entity", entity.value()).map((rs, ctx) -> key(rs)).list());
  }

  /** Runs {@code change} in a transaction, or in the one already begun on the thread, holding the table's lock until it ends. */
  @Override
  public <T> T change(Function<Changes, T> change) {
    return jdbi.inTransaction(handle -> {
      handle.execute("LOCK TABLE api_keys IN SHARE ROW EXCLUSIVE MODE");
      return change.apply(new Locked(handle));
    });
  }

  /** A change's statements, on the handle holding the lock. */
  private record Locked(Handle handle) implements Changes {

    @Override
    public boolean isEmpty() {
      return handle.createQuery("SELECT NOT EXISTS (SELECT 1 FROM api_keys)").mapTo(Boolean.class).one();
    }

    @Override
    public boolean has(String id) {
      return handle.createQuery("SELECT EXISTS (SELECT 1 FROM api_keys WHERE id = :id)").bind("id", id).mapTo(Boolean.class).one();
    }

    @Override
    public boolean hasAdmin(EntityCode entity) {
      return handle.createQuery("SELECT EXISTS (SELECT 1 FROM api_keys WHERE entity = :entity AND role = 'ADMIN')")
          .bind("entity", entity.value()).mapTo(Boolean.class).one();
    }

    @Override
    public void add(ApiKey key, Instant issuedAt) {
      SqlStates.insert("API key " + key.id(), () -> handle.createUpdate("INSERT INTO api_keys (" + COLUMNS + ", issued_at)"
              + " VALUES (:id, :hash, :entity, :role, :member, :label, :scope, :at)")
          .bind("id", key.id()).bind("hash", key.hash()).bind("entity", key.entity().value()).bind("role", key.role().name())
          .bind("member", key.member() == null ? null : key.member().value()).bind("label", key.label()).bind("scope", key.scope().name())
          .bind("at", issuedAt).execute());
    }

    @Override
    public boolean remove(EntityCode entity, String id) {
      return handle.createUpdate("DELETE FROM api_keys WHERE entity = :entity AND id = :id").bind("entity", entity.value()).bind("id", id)
          .execute() == 1;
    }
  }

  private static ApiKey key(ResultSet rs) throws SQLException {
    String member = rs.getString("member_id");
    return new ApiKey(rs.getString("id"), rs.getString("key_hash"), EntityCode.of(rs.getString("entity").strip()), Role.valueOf(rs.getString("role")),
        member == null ? null : MemberId.parse(member), rs.getString("label"), KeyScope.valueOf(rs.getString("scope")));
  }
}
