package coop.smart.server.api;

import coop.smart.core.audit.AuditRecord;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.operation.EntityStores;
import coop.smart.persistence.JdbiEntityStores;
import coop.smart.server.security.Caller;
import io.javalin.http.Context;
import java.time.Clock;

/**
 * One entity's stores, for the requests of a caller of that entity: what its operations take,
 * and the audit of the records the server keeps itself (API keys). Made per request: a thin view
 * over the shared database.
 */
public final class Stores {

  private final JdbiEntityStores stores;

  Stores(JdbiEntityStores stores) {
    this.stores = stores;
  }

  /** The same stores, as the core's operations take them. */
  public EntityStores operated() {
    return stores;
  }

  public NationalEntity entity() {
    return stores.entity();
  }

  /** Records in the audit trail that the caller did {@code action} to a record the server keeps itself, with the request's idempotency key. */
  public void audit(Caller caller, Context ctx, String action, String subjectType, Object subjectId) {
    stores.audit().append(new AuditRecord(entity().code(), clock().instant(), caller.actor(), action, subjectType, subjectId.toString(),
        ctx.header(Idempotency.HEADER)));
  }

  public Clock clock() {
    return stores.clock();
  }
}
