package coop.smart.core.operation;

import coop.smart.core.activity.ActivityRepository;
import coop.smart.core.audit.AuditTrail;
import coop.smart.core.bank.StatementRepository;
import coop.smart.core.client.ClientRepository;
import coop.smart.core.contract.ContractRepository;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.entity.Today;
import coop.smart.core.entity.VatArea;
import coop.smart.core.flow.MoneyFlow;
import coop.smart.core.invoice.InvoiceNumbering;
import coop.smart.core.invoice.InvoiceRepository;
import coop.smart.core.leasing.LeaseRepository;
import coop.smart.core.ledger.Ledger;
import coop.smart.core.member.MemberRepository;
import coop.smart.core.payout.BankTransferRepository;
import coop.smart.core.store.Transactions;
import java.time.Clock;

/**
 * What the operations need of one entity's stores, the port a store implements (the
 * persistence module does, on PostgreSQL): the entity's repositories, its ledger, its invoice
 * numbering, the transfers it orders and its audit trail, with the reference data they read, all joining the transaction {@link #transactions()} opens, and
 * the clock that says what day it is.
 */
public interface EntityStores {

  NationalEntity entity();

  /** Which countries were in the EU VAT area when, for the VAT of invoices. */
  VatArea vatArea();

  MemberRepository members();

  ClientRepository clients();

  ContractRepository contracts();

  ActivityRepository activities();

  InvoiceRepository invoices();

  LeaseRepository leases();

  /** The bank statements imported, and their entries waiting for an advisor. */
  StatementRepository statements();

  Ledger ledger();

  InvoiceNumbering numbering();

  /** The transfers to members the entity orders its bank to make. */
  BankTransferRepository transfers();

  AuditTrail audit();

  Transactions transactions();

  Clock clock();

  /** Today by the stores' clock, with the dates it lets a request give. */
  default Today today() {
    return Today.of(entity(), clock());
  }

  /** The money flow of the entity, posting to its ledger. */
  default MoneyFlow flow() {
    return new MoneyFlow(entity(), vatArea(), ledger(), numbering());
  }
}
