package coop.smart.persistence;

import coop.smart.core.activity.ActivityRepository;
import coop.smart.core.audit.AuditTrail;
import coop.smart.core.bank.StatementRepository;
import coop.smart.core.client.ClientRepository;
import coop.smart.core.contract.ContractRepository;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.entity.VatArea;
import coop.smart.core.invoice.InvoiceNumbering;
import coop.smart.core.invoice.InvoiceRepository;
import coop.smart.core.leasing.LeaseRepository;
import coop.smart.core.ledger.Ledger;
import coop.smart.core.member.MemberRepository;
import coop.smart.core.operation.EntityStores;
import coop.smart.core.payout.BankTransferRepository;
import coop.smart.core.store.Transactions;
import java.time.Clock;

/**
 * One entity's stores on a {@link Database}, for the core's operations. Each is a thin view over
 * the shared database, cheap to make per use; every store joins the transaction opened by
 * {@link #transactions()} on the same thread.
 */
public final class JdbiEntityStores implements EntityStores {

  private final Database database;
  private final NationalEntity entity;
  private final VatArea vatArea;
  private final Clock clock;
  private final Transactions transactions;

  public JdbiEntityStores(Database database, NationalEntity entity, VatArea vatArea, Clock clock) {
    this.database = database;
    this.entity = entity;
    this.vatArea = vatArea;
    this.clock = clock;
    this.transactions = new JdbiTransactions(database);
  }

  @Override
  public NationalEntity entity() {
    return entity;
  }

  @Override
  public VatArea vatArea() {
    return vatArea;
  }

  @Override
  public MemberRepository members() {
    return new JdbiMemberRepository(database, entity.code());
  }

  @Override
  public ClientRepository clients() {
    return new JdbiClientRepository(database, entity.code());
  }

  @Override
  public ContractRepository contracts() {
    return new JdbiContractRepository(database, entity);
  }

  @Override
  public ActivityRepository activities() {
    return new JdbiActivityRepository(database, entity.code());
  }

  @Override
  public InvoiceRepository invoices() {
    return new JdbiInvoiceRepository(database, entity);
  }

  @Override
  public LeaseRepository leases() {
    return new JdbiLeaseRepository(database, entity.code());
  }

  @Override
  public StatementRepository statements() {
    return new JdbiStatementRepository(database, entity.code());
  }

  @Override
  public Ledger ledger() {
    return new JdbiLedger(database, entity.code(), entity.currency());
  }

  @Override
  public InvoiceNumbering numbering() {
    return new JdbiInvoiceNumbering(database);
  }

  @Override
  public BankTransferRepository transfers() {
    return new JdbiBankTransferRepository(database, entity.code());
  }

  @Override
  public AuditTrail audit() {
    return new JdbiAuditTrail(database, entity.code());
  }

  @Override
  public Transactions transactions() {
    return transactions;
  }

  @Override
  public Clock clock() {
    return clock;
  }
}
