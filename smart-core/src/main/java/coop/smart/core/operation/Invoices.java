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
import coop.smart.core.invoice.TakenNumbers;
import coop.smart.core.ledger.PostingBuffer;
import coop.smart.core.member.Member;
import coop.smart.core.member.MemberId;
import coop.smart.core.money.Amounts;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
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
    return issueForContracts(actor, List.of(id), contract -> lines != null ? lines : billed(contract), on).get(0);
  }

  /**
   * Invoices contracts to their clients, each for its amount in one line, all dated {@code on}
   * or today ({@link Today#invoiceDate}), numbered in the order given: a day's contracts ended,
   * in one transaction of a few statements however many it issues ({@link Batch}). All or none:
   * one contract the actor cannot invoice refuses them all.
   */
  public List<Invoice> issueForContracts(Actor actor, List<ContractId> ids, LocalDate on) {
    return issueForContracts(actor, ids, Invoices::billed, on);
  }

  private List<Invoice> issueForContracts(Actor actor, List<ContractId> ids, Function<Contract, List<InvoiceLine>> lines, LocalDate on) {
    LocalDate issueDate = stores.today().invoiceDate(on);
    ById.requireOnce(ids, "contracts", "contract", "invoiced");
    if (ids.isEmpty()) return List.of();
    return stores.transactions().inTransaction(() -> {
      Map<ContractId, Contract> found = ById.of(stores.contracts().findAll(ids), Contract::id);
      List<Contract> contracts = ids.stream().map(id -> Optional.ofNullable(found.get(id)).filter(contract -> actor.sees(contract.member()))
          .orElseThrow(() -> notStored(actor, "contract " + id))).toList();
      Map<ClientId, Client> clients = ById.of(stores.clients().findAll(contracts.stream().map(Contract::client).distinct().toList()), Client::id);
      Batch batch = new Batch(issueDate, ids.size());
      List<ContractInvoice> invoiced = contracts.stream()
          .map(contract -> batch.flow.invoice(contract, clients.get(contract.client()), lines.apply(contract), issueDate)).toList();
      List<Invoice> saved = batch.saved(actor, invoiced.stream().map(ContractInvoice::invoice).toList());
      stores.contracts().saveChanges(invoiced.stream().map(ContractInvoice::contract).toList());
      return saved;
    });
  }

  /** The one line a contract's invoice bills when none is given: the contract's amount. */
  private static List<InvoiceLine> billed(Contract contract) {
    return List.of(new InvoiceLine("Services under contract " + contract.id() + ", " + contract.start() + " to " + contract.end(),
        BigDecimal.ONE, contract.invoicedAmount()));
  }

  /**
   * Invoices through an activity, dated {@code on} or today ({@link Today#invoiceDate}); a member
   * invoices as itself, and only through an activity it administers.
   */
  public Invoice issueForActivity(Actor actor, ActivitySale sale, LocalDate on) {
    return issueForActivities(actor, List.of(sale), on).get(0);
  }

  /**
   * Invoices sales through activities as {@link #issueForActivity} would one after the other,
   * all dated {@code on} or today, numbered in the order given, all or none, in one transaction
   * of a few statements however many it issues ({@link Batch}).
   */
  public List<Invoice> issueForActivities(Actor actor, List<ActivitySale> sales, LocalDate on) {
    LocalDate issueDate = stores.today().invoiceDate(on);
    if (sales.isEmpty()) return List.of();
    return stores.transactions().inTransaction(() -> {
      Map<ActivityId, Activity> activities = ById.of(stores.activities().findAll(sales.stream().map(ActivitySale::activity).distinct().toList()), Activity::id);
      List<Activity> through = new ArrayList<>();
      List<MemberId> administrators = new ArrayList<>();
      for (ActivitySale sale : sales) {
        through.add(Optional.ofNullable(activities.get(sale.activity()))
            .filter(found -> actor.member() == null || found.administrators().contains(actor.member()))
            .orElseThrow(() -> notStored(actor, "activity " + sale.activity())));
        MemberId administrator = sale.administrator() != null ? sale.administrator() : actor.member();
        if (administrator == null) throw ValidationException.of("administrator", "is required: the administrator invoicing for the activity");
        actor.requireSees(administrator, "member " + administrator);
        administrators.add(administrator);
      }
      Map<MemberId, Member> members = ById.of(stores.members().findAll(administrators.stream().distinct().toList()), Member::id);
      Map<ClientId, Client> clients = ById.of(stores.clients().findAll(sales.stream().map(ActivitySale::client).distinct().toList()), Client::id);
      Batch batch = new Batch(issueDate, sales.size());
      List<Invoice> issued = new ArrayList<>();
      for (int i = 0; i < sales.size(); i++) {
        ActivitySale sale = sales.get(i);
        MemberId administrator = administrators.get(i);
        Member member = Optional.ofNullable(members.get(administrator)).orElseThrow(() -> notStored(actor, "member " + administrator));
        Client client = Optional.ofNullable(clients.get(sale.client())).orElseThrow(() -> notStored(actor, "client " + sale.client()));
        issued.add(batch.flow.invoice(through.get(i), member, client, sale.structure(), sale.holder() != null ? sale.holder() : HolderKind.INDIVIDUAL,
            sale.lines(), issueDate));
      }
      return batch.saved(actor, issued);
    });
  }

  /**
   * Invoices of one day issued together: their numbers taken from the series at once, their
   * entries held back to be posted in one statement, the invoices inserted in one more, so an
   * issue costs a few statements however many invoices it holds.
   */
  private final class Batch {

    private final PostingBuffer ledger = new PostingBuffer(stores.ledger());
    private final TakenNumbers numbers;
    private final MoneyFlow flow;

    Batch(LocalDate issueDate, int invoices) {
      this.numbers = new TakenNumbers(issueDate, stores.numbering().next(stores.entity().code(), issueDate, invoices));
      this.flow = new MoneyFlow(stores.entity(), stores.vatArea(), ledger, numbers);
    }

    /** The invoices the flow issued, with their entries, stored and audited. */
    List<Invoice> saved(Actor actor, List<Invoice> issued) {
      numbers.requireAllHandedOut();
      ledger.flush();
      List<Invoice> saved = stores.invoices().saveAll(issued);
      saved.forEach(invoice -> changes.audit(actor, "invoice.issue", "invoice", invoice.id()));
      return saved;
    }
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
