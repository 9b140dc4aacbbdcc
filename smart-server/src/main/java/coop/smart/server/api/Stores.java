package coop.smart.server.api;

import coop.smart.core.activity.ActivityRepository;
import coop.smart.core.audit.AuditRecord;
import coop.smart.core.audit.AuditTrail;
import coop.smart.core.client.ClientRepository;
import coop.smart.core.contract.ContractRepository;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.flow.MoneyFlow;
import coop.smart.core.invoice.InvoiceNumbering;
import coop.smart.core.invoice.InvoiceRepository;
import coop.smart.core.leasing.LeaseRepository;
import coop.smart.core.ledger.Ledger;
import coop.smart.core.member.MemberRepository;
import coop.smart.core.operation.EntityStores;
import coop.smart.persistence.JdbiEntityStores;
import coop.smart.server.security.Caller;
import io.javalin.http.Context;
import java.time.Clock;

/**
 * One entity's stores, for the requests of a caller of that entity. Made per request: each is a
 * thin view over the shared database.
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

  public MemberRepository members() {
    return stores.members();
  }

  public ClientRepository clients() {
    return stores.clients();
  }

  public ContractRepository contracts() {
    return stores.contracts();
  }

  public ActivityRepository activities() {
    return stores.activities();
  }

  public InvoiceRepository invoices() {
    return stores.invoices();
  }

  public LeaseRepository leases() {
    return stores.leases();
  }

  public Ledger ledger() {
    return stores.ledger();
  }

  public InvoiceNumbering numbering() {
    return stores.numbering();
  }

  /** The money flow of the entity, posting to its stored ledger. */
  public MoneyFlow flow() {
    return stores.flow();
  }

  public AuditTrail audit() {
    return stores.audit();
  }

  /** Records in the audit trail that the caller did {@code action} to a record, with the request's idempotency key. */
  public void audit(Caller caller, Context ctx, String action, String subjectType, Object subjectId) {
    audit().append(new AuditRecord(entity().code(), clock().instant(), caller.actor(), action, subjectType, subjectId.toString(),
        ctx.header(Idempotency.HEADER)));
  }

  public Clock clock() {
    return stores.clock();
  }
}
