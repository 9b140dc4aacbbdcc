package coop.smart.core.operation;

import coop.smart.core.activity.Activity;
import coop.smart.core.activity.ActivityId;
import coop.smart.core.bank.BankEntry;
import coop.smart.core.bank.BankStatement;
import coop.smart.core.bank.ClientCredits;
import coop.smart.core.bank.EntryId;
import coop.smart.core.bank.EntryStatus;
import coop.smart.core.bank.ImportedStatement;
import coop.smart.core.bank.Reconciliation;
import coop.smart.core.bank.Reconciliation.Match;
import coop.smart.core.bank.StatementEntry;
import coop.smart.core.bank.StatementId;
import coop.smart.core.client.Client;
import coop.smart.core.client.ClientId;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.error.ConflictException;
import coop.smart.core.error.ValidationException;
import coop.smart.core.flow.MoneyFlow;
import coop.smart.core.guarantee.GuaranteeFund;
import coop.smart.core.invoice.Invoice;
import coop.smart.core.invoice.InvoiceId;
import coop.smart.core.invoice.InvoiceNumber;
import coop.smart.core.invoice.PaymentReference;
import coop.smart.core.ledger.PostingBuffer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.joda.money.Money;

/**
 * The entity's bank statements: imported, their credits paying the invoices they name
 * ({@link Reconciliation}), and the queue of entries an advisor resolves. An import is one
 * transaction: every payment it books, or none. The entity's advisors (ADMIN, ADVISOR) do this.
 */
public final class BankStatements {

  /** Rule code of the refusal of a statement of an account that is not the entity's. */
  public static final String ANOTHER_ACCOUNT = "STATEMENT_OF_ANOTHER_ACCOUNT";
  /** Rule code of the refusal to resolve an entry that no longer waits. */
  public static final String ENTRY_RESOLVED = "STATEMENT_ENTRY_RESOLVED";
  /** Rule code of the refusal to assign an entry to an invoice it cannot pay. */
  public static final String NOT_PAYABLE = "STATEMENT_ENTRY_NOT_PAYABLE";
  /** Rule code of the refusal of these operations to anyone but the entity's advisors. */
  public static final String ADVISORS_ONLY = "BANK_STATEMENTS_ADVISORS_ONLY";

  /**
   * An import's outcome.
   *
   * @param created false when the statement had been imported already: this is that import, unchanged
   */
  public record Import(ImportedStatement statement, boolean created) {
  }

  private final EntityStores stores;
  private final Changes changes;

  public BankStatements(EntityStores stores) {
    this.stores = stores;
    this.changes = new Changes(stores);
  }

  /**
   * Imports a statement of the entity's account: each credit whose reference names an open
   * invoice pays it, what exceeds it kept as the client's credit; the others wait for an
   * advisor. A statement imported before is answered as it was, and nothing changes.
   *
   * @throws BusinessRuleException for a statement of another account than the entity's
   * @throws ConflictException when one of its entries was imported with another statement
   */
  public Import importStatement(Actor actor, BankStatement statement) {
    requireAdvisor(actor);
    requireOwnAccount(statement);
    requireDistinctEntries(statement);
    return stores.transactions().inTransaction(() -> {
      Optional<ImportedStatement> earlier = stores.statements().findByReference(statement.reference());
      if (earlier.isPresent()) return new Import(earlier.get(), false);
      List<String> taken = stores.statements().importedEntries(statement.entries().stream().map(BankEntry::reference).toList());
      if (!taken.isEmpty()) {
        throw new ConflictException("statement " + statement.reference() + " holds entries imported with another statement: "
            + String.join(", ", taken.subList(0, Math.min(10, taken.size()))) + (taken.size() > 10 ? "…" : ""));
      }
      List<Invoice> quoted = stores.invoices().withNumbers(Reconciliation.quotedNumbers(stores.entity().code(), statement.entries()));
      List<Match> matches = Reconciliation.match(stores.entity().code(), statement.entries(), quoted, suggestible(statement, quoted),
          clientNames());
      StatementId id = StatementId.random();
      Payments payments = new Payments(quoted);
      List<StatementEntry> entries = new ArrayList<>(matches.size());
      for (Match match : matches) {
        StatementEntry entry = new StatementEntry(EntryId.random(), id, entries.size() + 1, match.entry(), match.status(),
            match.invoice() == null ? null : match.invoice().id(), match.paid(), match.clientCredit(), match.note());
        if (match.status() == EntryStatus.MATCHED) payments.pay(match.invoice(), match.entry(), match.paid());
        entries.add(entry);
      }
      payments.save();
      ImportedStatement imported = new ImportedStatement(id, stores.entity().code(), statement.reference(), statement.iban(),
          stores.clock().instant(), entries);
      stores.statements().add(imported);
      changes.audit(actor, "bank-statement.import", "bank-statement", id);
      return new Import(imported, true);
    });
  }

  public ImportedStatement find(Actor actor, StatementId id) {
    requireAdvisor(actor);
    return stores.statements().find(id).orElseThrow(() -> Invoices.notStored(actor, "bank statement " + id));
  }

  /** One page of the entries waiting for an advisor, oldest first by id. */
  public List<StatementEntry> waiting(Actor actor, EntryId after, int limit) {
    requireAdvisor(actor);
    return stores.statements().waiting(after, limit);
  }

  /**
   * An advisor says which invoice a waiting credit pays: it pays it as a matched one does, what
   * exceeds what is due kept as the client's credit.
   */
  public StatementEntry assign(Actor actor, EntryId id, InvoiceId invoiceId) {
    requireAdvisor(actor);
    return stores.transactions().inTransaction(() -> {
      StatementEntry entry = waitingEntry(actor, id);
      Invoice invoice = new Invoices(stores).find(actor, invoiceId);
      Money paid = Reconciliation.payable(entry.entry(), invoice).orElseThrow(() -> new BusinessRuleException(NOT_PAYABLE,
          "invoice: entry " + entry.entry().reference() + " (" + (entry.entry().credit() ? "credit" : "debit") + " of " + entry.entry().amount()
              + " on " + entry.entry().bookingDate() + ") cannot pay invoice " + invoice.number() + ", " + invoice.status() + " with "
              + invoice.outstanding() + " due, issued on " + invoice.issueDate()));
      Payments payments = new Payments(List.of(invoice));
      payments.pay(invoice, entry.entry(), paid);
      payments.save();
      return resolved(actor, entry.paying(EntryStatus.ASSIGNED, invoice.id(), paid), "bank-statement.entry.assign");
    });
  }

  /** An advisor dismisses a waiting entry: it pays no invoice, for {@code reason}. */
  public StatementEntry dismiss(Actor actor, EntryId id, String reason) {
    requireAdvisor(actor);
    if (reason == null || reason.isBlank()) throw ValidationException.of("reason", "is required: why the entry pays no invoice");
    return stores.transactions().inTransaction(() -> resolved(actor, waitingEntry(actor, id).dismissed(reason.trim()),
        "bank-statement.entry.dismiss"));
  }

  private StatementEntry waitingEntry(Actor actor, EntryId id) {
    StatementEntry entry = stores.statements().entry(id).orElseThrow(() -> Invoices.notStored(actor, "bank statement entry " + id));
    if (!entry.status().isWaiting()) throw notWaiting(entry);
    return entry;
  }

  private StatementEntry resolved(Actor actor, StatementEntry resolved, String action) {
    if (!stores.statements().resolve(resolved)) throw notWaiting(resolved);
    changes.audit(actor, action, "bank-statement-entry", resolved.id());
    return resolved;
  }

  private static BusinessRuleException notWaiting(StatementEntry entry) {
    return new BusinessRuleException(ENTRY_RESOLVED, "entry " + entry.id() + " no longer waits: it is " + entry.status());
  }

  /**
   * The payments an import or an assignment books: each invoice paid in turn through the money
   * flow, their journal entries posted in one batch and the invoices saved in one at the end.
   */
  private final class Payments {

    private final PostingBuffer ledger = new PostingBuffer(stores.ledger());
    private final MoneyFlow flow = new MoneyFlow(stores.entity(), stores.vatArea(), ledger, stores.numbering());
    private final Map<InvoiceId, Invoice> paid = new LinkedHashMap<>();
    private final Map<ActivityId, Activity> activities;

    /** Reads at once the fund's advances the payments of {@code invoices} repay first, and the activities the others fund. */
    Payments(Collection<Invoice> invoices) {
      ledger.preload(invoices.stream().filter(invoice -> invoice.contract() != null)
          .map(invoice -> GuaranteeFund.advances(invoice.number().toString())).toList());
      List<ActivityId> funded = invoices.stream().map(Invoice::activity).filter(Objects::nonNull).distinct().toList();
      activities = funded.isEmpty() ? Map.of() : ById.of(stores.activities().findAll(funded), Activity::id);
    }

    void pay(Invoice invoice, BankEntry entry, Money amount) {
      Invoice current = paid.getOrDefault(invoice.id(), invoice);
      LocalDate on = entry.bookingDate();
      paid.put(invoice.id(), flow.receivePayment(current, activityOf(current), amount, on));
      Money excess = entry.amount().minus(amount);
      if (excess.isPositive()) ledger.post(ClientCredits.kept(stores.entity().code(), invoice.client(), invoice.number().toString(), excess, on));
    }

    void save() {
      ledger.flush();
      stores.invoices().saveChanges(List.copyOf(paid.values()));
    }

    private Activity activityOf(Invoice invoice) {
      if (invoice.activity() == null) return null;
      return Objects.requireNonNull(activities.get(invoice.activity()), () -> "invoice " + invoice.number() + "'s activity is not stored");
    }
  }

  /**
   * The open invoices a credit may be suggested for: those of the clients named as the payers of
   * the credits that quote no open invoice, read in one query.
   */
  private List<Invoice> suggestible(BankStatement statement, List<Invoice> quoted) {
    Set<InvoiceNumber> placed = quoted.stream().filter(invoice -> invoice.status().isOpen()).map(Invoice::number).collect(Collectors.toSet());
    Set<String> payers = statement.entries().stream()
        .filter(entry -> entry.credit() && entry.debtorName() != null && !entry.debtorName().isBlank())
        .filter(entry -> PaymentReference.invoiceOf(entry.quotedReference(), stores.entity().code()).filter(placed::contains).isEmpty())
        .map(entry -> Reconciliation.payerName(entry.debtorName())).collect(Collectors.toSet());
    return stores.invoices().openOfClientsNamed(payers);
  }

  /** The name of a client, read once per client however many invoices it has. */
  private Function<ClientId, String> clientNames() {
    Map<ClientId, String> names = new HashMap<>();
    return client -> names.computeIfAbsent(client, id -> stores.clients().find(id).map(Client::name).orElse(null));
  }

  private void requireOwnAccount(BankStatement statement) {
    String own = stores.entity().issuer().iban();
    if (own == null || !compact(own).equals(compact(statement.iban()))) {
      throw new BusinessRuleException(ANOTHER_ACCOUNT, "statement " + statement.reference() + " is of account " + statement.iban() + ", not "
          + (own == null ? "an account of " + stores.entity().code() + ", whose data names none (issuer | | iban)" : stores.entity().code()
          + "'s account " + own));
    }
  }

  private static void requireDistinctEntries(BankStatement statement) {
    Set<String> seen = new HashSet<>();
    List<String> repeated = statement.entries().stream().map(BankEntry::reference).filter(reference -> !seen.add(reference)).distinct().toList();
    if (!repeated.isEmpty()) {
      throw ValidationException.of("entries", "each entry's bank reference is given once; repeated: " + String.join(", ", repeated));
    }
  }

  private static void requireAdvisor(Actor actor) {
    if (actor.role() != Role.ADMIN && actor.role() != Role.ADVISOR) {
      throw new BusinessRuleException(ADVISORS_ONLY, "bank statements are imported and resolved by the entity's advisors (ADMIN, ADVISOR)");
    }
  }

  private static String compact(String iban) {
    return iban.replace(" ", "").toUpperCase(Locale.ROOT);
  }
}
