package coop.smart.server.api;

import coop.smart.core.audit.AuditRecord;
import coop.smart.core.audit.AuditTrail;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.entity.VatArea;
import coop.smart.core.flow.MoneyFlow;
import coop.smart.core.invoice.InvoiceNumbering;
import coop.smart.core.ledger.Ledger;
import coop.smart.persistence.Database;
import coop.smart.persistence.JdbiActivityRepository;
import coop.smart.persistence.JdbiAuditTrail;
import coop.smart.persistence.JdbiClientRepository;
import coop.smart.persistence.JdbiContractRepository;
import coop.smart.persistence.JdbiInvoiceNumbering;
import coop.smart.persistence.JdbiInvoiceRepository;
import coop.smart.persistence.JdbiLeaseRepository;
import coop.smart.persistence.JdbiLedger;
import coop.smart.persistence.JdbiMemberRepository;
import coop.smart.server.security.Caller;
import io.javalin.http.Context;
import java.time.Clock;

/**
 * One entity's stores, for the requests of a caller of that entity. Made per request: each is a
 * thin view over the shared database.
 */
public final class Stores {

  private final Database database;
  private final NationalEntity entity;
  private final VatArea vatArea;
  private final Clock clock;

  Stores(Database database, NationalEntity entity, VatArea vatArea, Clock clock) {
    this.database = database;
    this.entity = entity;
    this.vatArea = vatArea;
    this.clock = clock;
  }

  public NationalEntity entity() {
    return entity;
  }

  public JdbiMemberRepository members() {
    return new JdbiMemberRepository(database, entity.code());
  }

  public JdbiClientRepository clients() {
    return new JdbiClientRepository(database, entity.code());
  }

  public JdbiContractRepository contracts() {
    return new JdbiContractRepository(database, entity.code());
  }

  public JdbiActivityRepository activities() {
    return new JdbiActivityRepository(database, entity.code());
  }

  public JdbiInvoiceRepository invoices() {
    return new JdbiInvoiceRepository(database, entity.code());
  }

  public JdbiLeaseRepository leases() {
    return new JdbiLeaseRepository(database, entity.code());
  }

  public Ledger ledger() {
    return new JdbiLedger(database, entity.code(), entity.currency());
  }

  public InvoiceNumbering numbering() {
    return new JdbiInvoiceNumbering(database);
  }

  /** The money flow of the entity, posting to its stored ledger. */
  public MoneyFlow flow() {
    return new MoneyFlow(entity, vatArea, ledger(), numbering());
  }

  public AuditTrail audit() {
    return new JdbiAuditTrail(database, entity.code());
  }

  /** Records in the audit trail that the caller did {@code action} to a record, with the request's idempotency key. */
  public void audit(Caller caller, Context ctx, String action, String subjectType, Object subjectId) {
    audit().append(new AuditRecord(entity.code(), clock.instant(), caller.actor(), action, subjectType, subjectId.toString(),
        ctx.header(Idempotency.HEADER)));
  }

  public Clock clock() {
    return clock;
  }
}
