package coop.smart.core.operation;

import coop.smart.core.activity.Activity;
import coop.smart.core.activity.ActivityId;
import coop.smart.core.client.Client;
import coop.smart.core.client.ClientId;
import coop.smart.core.contract.Contract;
import coop.smart.core.contract.ContractId;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.Today;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.error.NotFoundException;
import coop.smart.core.error.ValidationException;
import coop.smart.core.flow.MoneyFlow;
import coop.smart.core.flow.MoneyFlow.ContractInvoice;
import coop.smart.core.invoice.Invoice;
import coop.smart.core.invoice.InvoiceFilter;
import coop.smart.core.invoice.InvoiceId;
import coop.smart.core.invoice.InvoiceLine;
import coop.smart.core.invoice.InvoiceStatus;
import coop.smart.core.member.Member;
import coop.smart.core.member.MemberId;
import coop.smart.core.money.Amounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;

/**
 * Invoices issued for a contract or through an activity, their clients' payments and credit
 * notes. Each stores the invoice, posts its journal entries and records the audit in one
 * transaction; the invoice number is taken in that same transaction, so the series has no gap.
 * A member sees, and issues, the invoices made out for its own member only.
 */
public final class Invoices {

  /** What an activity's administrator invoices a client for. */
  public record ActivitySale(ActivityId activity, MemberId administrator, ClientId client, String structure, HolderKind holder,
                             List<InvoiceLine> lines) {
  }

  private final EntityStores stores;
  private final Changes changes;

  public Invoices(EntityStores stores) {
    this.stores = stores;
    this.changes = new Changes(stores);
  }

  /**
   * Invoices a contract's client, dated {@code on} or today ({@link Today#invoiceDate}); the
   * contract moves to invoiced. Without lines, one line bills the contract's amount.
   */
  public Invoice issueForContract(Actor actor, ContractId id, List<InvoiceLine> lines, LocalDate on) {
    LocalDate issueDate = stores.today().invoiceDate(on);
    return stores.transactions().inTransaction(() -> {
      Contract contract = stores.contracts().find(id).filter(found -> actor.sees(found.member()))
          .orElseThrow(() -> notStored(actor, "contract " + id));
      Client client = stores.clients().find(contract.client()).orElseThrow();
      List<InvoiceLine> billed = lines != null ? lines
          : List.of(new InvoiceLine("Services under contract " + contract.id() + ", " + contract.start() + " to " + contract.end(),
              BigDecimal.ONE, contract.invoicedAmount()));
      ContractInvoice invoiced = stores.flow().invoice(contract, client, billed, issueDate);
      stores.contracts().save(invoiced.contract());
      return issued(actor, invoiced.invoice());
    });
  }

  /**
   * Invoices through an activity, dated {@code on} or today ({@link Today#invoiceDate}); a member
   * invoices as itself, and only through an activity it administers.
   */
  public Invoice issueForActivity(Actor actor, ActivitySale sale, LocalDate on) {
    LocalDate issueDate = stores.today().invoiceDate(on);
    return stores.transactions().inTransaction(() -> {
      Activity activity = stores.activities().find(sale.activity())
          .filter(found -> actor.member() == null || found.administrators().contains(actor.member()))
          .orElseThrow(() -> notStored(actor, "activity " + sale.activity()));
      MemberId administratorId = sale.administrator() != null ? sale.administrator() : actor.member();
      if (administratorId == null) throw ValidationException.of("administrator", "is required: the administrator invoicing for the activity");
      actor.requireSees(administratorId, "member " + administratorId);
      Member administrator = stores.members().find(administratorId).orElseThrow(() -> notStored(actor, "member " + administratorId));
      Client client = stores.clients().find(sale.client()).orElseThrow(() -> notStored(actor, "client " + sale.client()));
      HolderKind holder = sale.holder() != null ? sale.holder() : HolderKind.INDIVIDUAL;
      return issued(actor, stores.flow().invoice(activity, administrator, client, sale.structure(), holder, sale.lines(), issueDate));
    });
  }

  /**
   * A client's payment, on {@code on} or today: on a contract's invoice it repays the guarantee
   * fund first; on an activity's it frees the paid share of the budget. Dated on a day that has
   * come ({@link Today#past}), not before the invoice's.
   */
  public Invoice pay(Actor actor, InvoiceId id, long expectedVersion, Money amount, LocalDate on) {
    LocalDate paidOn = stores.today().past("paidOn", on);
    return changes.change(actor, stores.invoices(), () -> find(actor, id), expectedVersion, "invoice.payment", "invoice",
        current -> stores.flow().receivePayment(current, activityOf(current), amount, paidOn));
  }

  /**
   * A credit note: an activity's invoice is credited in part or in full (all that is outstanding
   * when no amount is given); a contract's only in full, which cancels the contract, and only
   * while nothing of it is paid. Dated {@code on} or today, a day that has come
   * ({@link Today#past}), not before the invoice's.
   */
  public Invoice credit(Actor actor, InvoiceId id, long expectedVersion, Money amount, LocalDate on) {
    LocalDate creditedOn = stores.today().past("creditedOn", on);
    return changes.change(actor, stores.invoices(), () -> find(actor, id), expectedVersion, "invoice.credit-note", "invoice", current -> {
      Money credited = amount != null ? amount : current.outstanding();
      if (current.contract() == null) return stores.flow().credit(current, activityOf(current), credited, creditedOn);
      requireInFull(current, credited);
      Contract contract = stores.contracts().find(current.contract()).orElseThrow();
      ContractInvoice cancelled = stores.flow().creditInFull(new ContractInvoice(contract, current), creditedOn);
      stores.contracts().save(cancelled.contract());
      changes.audit(actor, "contract.cancel", "contract", contract.id());
      return cancelled.invoice();
    });
  }

  /** The invoice, refused as missing to a member when made out for another member. */
  public Invoice find(Actor actor, InvoiceId id) {
    return stores.invoices().find(id).filter(invoice -> actor.sees(invoice.member())).orElseThrow(() -> notStored(actor, "invoice " + id));
  }

  /** One page of the invoices the actor sees, by client and status when given. */
  public List<Invoice> page(Actor actor, ClientId client, InvoiceStatus status, InvoiceId after, int limit) {
    return stores.invoices().list(new InvoiceFilter(client, status, actor.member()), after, limit);
  }

  private Invoice issued(Actor actor, Invoice invoice) {
    Invoice saved = stores.invoices().save(invoice);
    changes.audit(actor, "invoice.issue", "invoice", saved.id());
    return saved;
  }

  private static void requireInFull(Invoice invoice, Money amount) {
    Amounts.requireCurrency(amount, "amount", invoice.currency(), "invoice " + invoice.number());
    if (!amount.equals(invoice.outstanding())) {
      throw new BusinessRuleException(MoneyFlow.CONTRACT_INVOICE_CREDIT, "amount: invoice " + invoice.number()
          + " funds a contract, so it is credited in full (" + invoice.outstanding() + ") or not at all, not " + amount);
    }
  }

  /** The activity an invoice funds, or null for a contract's invoice. */
  private Activity activityOf(Invoice invoice) {
    return invoice.activity() == null ? null : stores.activities().find(invoice.activity()).orElseThrow();
  }

  static NotFoundException notStored(Actor actor, String record) {
    return new NotFoundException("no " + record + " is stored in " + actor.entity());
  }
}
