package coop.smart.server.api;

import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.entity.VatArea;
import coop.smart.core.operation.Actor;
import coop.smart.core.store.Transactions;
import coop.smart.persistence.Database;
import coop.smart.persistence.JdbiEntityStores;
import coop.smart.persistence.JdbiIdempotencyKeys;
import coop.smart.persistence.JdbiTransactions;
import coop.smart.server.security.Caller;
import io.javalin.http.Context;
import java.time.Clock;

/** The database behind the authenticated resources, opened to one entity at a time. */
public final class Records {

  private final Database database;
  private final EntityCatalog catalog;
  private final VatArea vatArea;
  private final Clock clock;
  private final Transactions transactions;
  private final JdbiIdempotencyKeys idempotencyKeys;

  public Records(Database database, EntityCatalog catalog, VatArea vatArea, Clock clock) {
    this.database = database;
    this.catalog = catalog;
    this.vatArea = vatArea;
    this.clock = clock;
    this.transactions = new JdbiTransactions(database);
    this.idempotencyKeys = new JdbiIdempotencyKeys(database);
  }

  /** The stores of the caller's entity: the only records a request can reach. */
  public Stores of(Caller caller) {
    return of(caller.entity());
  }

  /** The stores of one entity: for a person signed in to its pages, or a cooperative administrator's key acting on its keys. */
  public Stores of(EntityCode entity) {
    return new Stores(new JdbiEntityStores(database, catalog.entity(entity), vatArea, clock));
  }

  /** The caller as the operations know it, with the request's idempotency key for the audit trail. */
  public static Actor actor(Context ctx, Caller caller) {
    return caller.acting(ctx.header(Idempotency.HEADER));
  }

  /**
   * Records in the audit trail of {@code entity} that the caller did {@code action} to a record
   * the server keeps itself (an API key of that entity), then does it: both or neither, for a
   * change the trail does not show must not happen.
   */
  public void audited(Caller caller, EntityCode entity, Context ctx, String action, String subjectType, Object subjectId, Runnable work) {
    transactions.useTransaction(() -> {
      of(entity).audit(caller, ctx, action, subjectType, subjectId);
      work.run();
    });
  }

  public Transactions transactions() {
    return transactions;
  }

  public JdbiIdempotencyKeys idempotencyKeys() {
    return idempotencyKeys;
  }

  public Clock clock() {
    return clock;
  }
}
