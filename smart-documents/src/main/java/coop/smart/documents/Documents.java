package coop.smart.documents;

import coop.smart.core.client.Client;
import coop.smart.core.contract.Contract;
import coop.smart.core.contract.ContractId;
import coop.smart.core.contract.ContractPay;
import coop.smart.core.contract.ContractStatus;
import coop.smart.core.entity.Trace;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.invoice.Invoice;
import coop.smart.core.invoice.InvoiceId;
import coop.smart.core.member.Member;
import coop.smart.core.operation.Actor;
import coop.smart.core.operation.Contracts;
import coop.smart.core.operation.EntityStores;
import coop.smart.core.operation.Invoices;

/**
 * The documents of one entity's records, read as the actor may read them (the same access as the
 * records themselves: a member reaches its own only) and gathered with the parties they name, in
 * one transaction. What an embedder or the server calls before rendering.
 */
public final class Documents {

  /** Rule code of the refusal of a pay slip for a contract whose salary is not due: a draft or a cancelled contract. */
  public static final String NO_PAY_SLIP = "NO_PAY_SLIP";

  private final EntityStores stores;

  public Documents(EntityStores stores) {
    this.stores = stores;
  }

  /** The invoice with its client, member and contract. */
  public IssuedInvoice invoice(Actor actor, InvoiceId id) {
    return stores.transactions().inTransaction(() -> {
      Invoice invoice = new Invoices(stores).find(actor, id);
      Client client = stores.clients().find(invoice.client()).orElseThrow(() -> missing("client " + invoice.client(), invoice));
      Member member = stores.members().find(invoice.member()).orElseThrow(() -> missing("member " + invoice.member(), invoice));
      Contract contract = invoice.contract() == null ? null
          : stores.contracts().find(invoice.contract()).orElseThrow(() -> missing("contract " + invoice.contract(), invoice));
      return new IssuedInvoice(stores.entity(), invoice, client, member, contract);
    });
  }

  /** The contract with its member and client. */
  public Employment employment(Actor actor, ContractId id) {
    return stores.transactions().inTransaction(() -> employment(new Contracts(stores).find(actor, id)));
  }

  /**
   * The contract's pay slip, with the rule rows its pay was computed with.
   *
   * @throws BusinessRuleException {@value #NO_PAY_SLIP} for a draft or a cancelled contract
   */
  public PaySlip paySlip(Actor actor, ContractId id) {
    return stores.transactions().inTransaction(() -> {
      Contracts contracts = new Contracts(stores);
      Contract contract = contracts.find(actor, id);
      if (contract.status() == ContractStatus.DRAFT || contract.status() == ContractStatus.CANCELLED) {
        throw new BusinessRuleException(NO_PAY_SLIP, "contract " + id + " is " + contract.status() + ": a pay slip comes once it is declared");
      }
      Trace.Recorded trace = Trace.recorded();
      ContractPay pay = contracts.pay(contract, trace);
      return PaySlip.of(employment(contract), pay, trace.explanation());
    });
  }

  private Employment employment(Contract contract) {
    Member member = stores.members().find(contract.member())
        .orElseThrow(() -> new IllegalStateException("contract " + contract.id() + " names member " + contract.member() + ", not stored"));
    Client client = contract.client() == null ? null : stores.clients().find(contract.client())
        .orElseThrow(() -> new IllegalStateException("contract " + contract.id() + " names client " + contract.client() + ", not stored"));
    return new Employment(stores.entity(), contract, member, client);
  }

  private static IllegalStateException missing(String what, Invoice invoice) {
    return new IllegalStateException("invoice " + invoice.number() + " names " + what + ", not stored");
  }
}
