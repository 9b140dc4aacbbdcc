package coop.smart.core.invoice;

import coop.smart.core.activity.ActivityId;
import coop.smart.core.client.Client;
import coop.smart.core.client.ClientId;
import coop.smart.core.contract.ContractId;
import coop.smart.core.contract.SalaryPayment;
import coop.smart.core.entity.CollectionStep;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.entity.ExplainedFigure;
import coop.smart.core.entity.Fee;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.entity.Trace;
import coop.smart.core.entity.VatArea;
import coop.smart.core.entity.VatDecision;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.error.ValidationException;
import coop.smart.core.ledger.Account;
import coop.smart.core.ledger.AccountType;
import coop.smart.core.ledger.JournalEntry;
import coop.smart.core.member.MemberId;
import coop.smart.core.money.Allocation;
import coop.smart.core.money.Amounts;
import coop.smart.core.store.Versioned;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * An invoice the entity issues to a client for a member's work; what the client pays, less the
 * VAT and the entity's fee, funds a contract's pay or an activity's budget. Immutable: issuing,
 * payments and credit notes return the invoice after them with the journal entry recording the
 * money moved ({@link InvoiceChange}); a refused operation changes nothing.
 *
 * @param contract the contract whose pay the invoice funds, or null when it funds an activity
 * @param activity the activity whose budget it funds, or null when it funds a contract
 * @param structure the entity's structure the work runs under, or null
 * @param vatDecision how the invoice is taxed, decided on the issue date (R8)
 * @param fee the entity's fee on the amount excluding VAT, at the holder's rate on the issue date,
 *     or for a contract's invoice on the contract's service end (R1)
 * @param reminders the collection steps issued so far, each at most once (R9)
 * @param writtenOffOn the day the client's default wrote off what was still due, or null
 * @param version the stored version, for optimistic concurrency; operations do not touch it
 */
public record Invoice(InvoiceId id, InvoiceNumber number, ClientId client, MemberId member, ContractId contract,
                      ActivityId activity, String structure, LocalDate issueDate, LocalDate dueDate, List<InvoiceLine> lines,
                      VatDecision vatDecision, Fee fee, List<Payment> payments, List<CreditNote> creditNotes,
                      List<Reminder> reminders, LocalDate writtenOffOn, long version) implements Versioned<Invoice, InvoiceId> {

  /** Rule code of a payment, credit note or write-off on an invoice already written off. */
  public static final String WRITTEN_OFF = "WRITTEN_OFF";
  /** Rule code of a payment larger than what is still due. */
  public static final String PAYMENT_EXCEEDS_OUTSTANDING = "PAYMENT_EXCEEDS_OUTSTANDING";
  /** Rule code of a credit note larger than what is still unpaid. */
  public static final String CREDIT_EXCEEDS_UNPAID = "CREDIT_EXCEEDS_UNPAID";

  public Invoice {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(client, "client");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(issueDate, "issueDate");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(vatDecision, "vatDecision");
    Objects.requireNonNull(fee, "fee");
    if ((contract == null) == (activity == null)) {
      throw new IllegalArgumentException("an invoice funds one contract or one activity: contract " + contract + ", activity " + activity);
    }
    if (version < 0) throw new IllegalArgumentException("a version is never negative: " + version);
    if (dueDate.isBefore(issueDate)) throw new IllegalArgumentException("due " + dueDate + " before its issue on " + issueDate);
    lines = List.copyOf(lines);
    payments = List.copyOf(payments);
    creditNotes = List.copyOf(creditNotes);
    reminders = List.copyOf(reminders);
    if (lines.isEmpty()) throw new IllegalArgumentException("an invoice has at least one line");
    Money net = sum(fee.amount().getCurrencyUnit(), lines, InvoiceLine::total);
    if (!net.equals(fee.amount())) throw new IllegalArgumentException("the fee is on the amount excluding VAT " + net + ", not " + fee.amount());
    Money settled = sum(net.getCurrencyUnit(), payments, Payment::amount).plus(sum(net.getCurrencyUnit(), creditNotes, CreditNote::total));
    if (settled.isGreaterThan(net.plus(vatDecision.on(net)))) {
      throw new IllegalArgumentException("invoice " + number + " is paid and credited for " + settled + ", more than its total");
    }
  }

  /**
   * Issues an invoice: checks the terms, decides its VAT, fee and due date under the entity's
   * rules in force on the issue date, and only then takes its number, so a refused invoice
   * leaves no gap in the series.
   *
   * @throws ValidationException naming every invalid field
   * @throws BusinessRuleException when the entity has no rules in force on the issue date, or
   *     the issue date is before the last invoice of its series ({@link InvoiceSeries})
   */
  public static InvoiceChange issue(NationalEntity entity, VatArea vatArea, InvoiceNumbering numbering, InvoiceTerms terms) {
    return issue(entity, vatArea, numbering, terms, terms.issueDate());
  }

  /**
   * {@link #issue(NationalEntity, VatArea, InvoiceNumbering, InvoiceTerms)} with the fee taken
   * under the rules in force on {@code feeDate}: a contract's invoice takes its contract's fee,
   * that of the rules on the service end, which its pay was computed with.
   */
  public static InvoiceChange issue(NationalEntity entity, VatArea vatArea, InvoiceNumbering numbering, InvoiceTerms terms, LocalDate feeDate) {
    check(entity, terms);
    LocalDate on = terms.issueDate();
    Money net = sum(entity.currency(), terms.lines(), InvoiceLine::total);
    if (net.isZero()) throw ValidationException.of("lines", "an invoice must amount to something: its lines total " + net);
    VatDecision vat = entity.vatRules(on).decide(entity.code(), terms.client(), terms.structure(), on, vatArea);
    Fee fee = entity.fee(net, terms.holder(), feeDate);
    LocalDate due = entity.collectionRules(on).dueDate(on);
    InvoiceNumber number = numbering.next(entity.code(), on);
    Invoice invoice = new Invoice(InvoiceId.random(), number, terms.client().id(), terms.member(), terms.contract(), terms.activity(),
        terms.structure(), on, due, terms.lines(), vat, fee, List.of(), List.of(), List.of(), null, 0);
    return new InvoiceChange(invoice, invoice.turnoverEntry(on, "invoice " + number, invoice.total(), invoice.vat(), fee.fee(), false));
  }

  /**
   * Records a payment by the client: Dr bank, Cr the client's receivable.
   *
   * @throws BusinessRuleException when {@code amount} exceeds what is still due
   */
  public InvoiceChange pay(LocalDate paidOn, Money amount) {
    requireMovement("paidOn", paidOn, amount);
    requireAtMostOutstanding(PAYMENT_EXCEEDS_OUTSTANDING, "a payment", amount);
    Invoice after = with(append(payments, List.of(new Payment(paidOn, amount))), creditNotes, reminders);
    JournalEntry entry = JournalEntry.on(entity(), paidOn, "payment of invoice " + number)
        .reference(number.toString())
        .debit(Account.of(AccountType.BANK), amount)
        .credit(receivable(), amount)
        .build();
    return new InvoiceChange(after, entry);
  }

  /**
   * Issues a credit note for {@code amount}, VAT included: the issue entry reversed in
   * proportion. VAT and fee given back are computed on the cumulated credits, so crediting
   * everything, in one note or several, gives back exactly the invoice's VAT and fee.
   *
   * @throws BusinessRuleException when {@code amount} exceeds what is still unpaid
   */
  public InvoiceChange credit(LocalDate creditedOn, Money amount) {
    requireMovement("creditedOn", creditedOn, amount);
    requireAtMostOutstanding(CREDIT_EXCEEDS_UNPAID, "a credit note", amount);
    CreditNote note = creditNote(creditedOn, amount);
    Invoice after = with(payments, append(creditNotes, List.of(note)), reminders);
    String description = "credit note " + after.creditNotes.size() + " on invoice " + number;
    return new InvoiceChange(after, turnoverEntry(creditedOn, description, amount, note.vat(), note.fee(), true));
  }

  /**
   * What a credit note of {@code amount} (VAT included) would give back now to the contract or
   * activity the invoice funds: its amount less the VAT and fee it returns.
   */
  public Money fundingReturnedBy(Money amount) {
    CreditNote note = creditNote(issueDate, amount);
    return note.net().minus(note.fee());
  }

  /**
   * The invoice written off on {@code on} because its client defaulted: what is still due will
   * not be paid, so it is no longer reminded, paid or credited.
   */
  public Invoice writeOff(LocalDate on) {
    requireNotWrittenOff();
    if (!status().isOpen()) throw new BusinessRuleException(WRITTEN_OFF, "invoice " + number + " is " + status() + "; nothing is left to write off");
    return new Invoice(id, number, client, member, contract, activity, structure, issueDate, dueDate, lines, vatDecision, fee,
        payments, creditNotes, reminders, on, version);
  }

  /** VAT and fee given back are computed on the cumulated credits, so nothing is left over at the end. */
  private CreditNote creditNote(LocalDate creditedOn, Money amount) {
    CurrencyUnit currency = currency();
    Money creditedNet = sum(currency, creditNotes, CreditNote::net);
    Money vatBack = Allocation.share(vat(), credited().plus(amount), total()).minus(sum(currency, creditNotes, CreditNote::vat));
    Money netBack = amount.minus(vatBack);
    Money feeBack = Allocation.share(fee.fee(), creditedNet.plus(netBack), net()).minus(sum(currency, creditNotes, CreditNote::fee));
    return new CreditNote(creditedOn, netBack, vatBack, feeBack);
  }

  /**
   * The invoice with every collection step of the entity's rules (those in force on the issue
   * date) whose day has come by {@code day} and that it has not had yet; itself when there is
   * none or nothing is due any more.
   */
  public Invoice remind(NationalEntity entity, LocalDate day) {
    Money outstanding = outstanding();
    List<Reminder> due = stepsToCome(entity).filter(step -> !step.dateFor(dueDate).isAfter(day))
        .map(step -> new Reminder(step, day, outstanding))
        .toList();
    return due.isEmpty() ? this : with(payments, creditNotes, append(reminders, due));
  }

  /**
   * The day of the next collection step {@link #remind} would issue: the earliest day of the
   * steps it has not had, while something is due; null when no step is to come. A reminder run
   * needs to look at this invoice on that day, not before.
   */
  public LocalDate nextStepOn(NationalEntity entity) {
    return stepsToCome(entity).map(step -> step.dateFor(dueDate)).min(LocalDate::compareTo).orElse(null);
  }

  /** The steps of the entity's rules at the issue date not issued yet; none once nothing is due. */
  private Stream<CollectionStep> stepsToCome(NationalEntity entity) {
    if (!entity.code().equals(entity())) throw new IllegalArgumentException("invoice " + number + " is not an invoice of " + entity.code());
    if (!status().isOpen()) return Stream.empty();
    List<CollectionStep> done = reminders.stream().map(Reminder::step).toList();
    return entity.collectionRules(issueDate).steps().stream().filter(step -> !done.contains(step));
  }

  public EntityCode entity() {
    return number.entity();
  }

  /** Who holds the turnover, which set the fee rate. */
  public HolderKind holder() {
    return fee.holder();
  }

  public CurrencyUnit currency() {
    return fee.amount().getCurrencyUnit();
  }

  /** The amount excluding VAT: the sum of the line totals. */
  public Money net() {
    return fee.amount();
  }

  public Money vat() {
    return vatDecision.on(net());
  }

  /** What the client is invoiced: net plus VAT. */
  public Money total() {
    return net().plus(vat());
  }

  /**
   * How the invoice's figures are computed: each line, the net, the VAT and the total, then the
   * fee under {@code entity}'s rules of the date that decided it, with the data rows each used.
   */
  public List<ExplainedFigure> explanation(NationalEntity entity) {
    Trace.Recorded trace = Trace.recorded();
    for (int i = 0; i < lines.size(); i++) {
      InvoiceLine line = lines.get(i);
      trace.figure("line " + (i + 1), line.total(), () -> "half-up(" + line.quantity().toPlainString() + " × "
          + line.unitPrice().getAmount().toPlainString() + ")", List.of());
    }
    trace.figure("net", net(), () -> lines.stream().map(line -> line.total().getAmount().toPlainString()).collect(Collectors.joining(" + ")),
        List.of());
    trace.figure("vat", vat(), () -> "half-up(" + net().getAmount().toPlainString() + " × " + vatDecision.rate() + ")",
        vatDecision.treatment().ruleKeys().stream().flatMap(key -> entity.ruleRow("vat", key, issueDate).stream()).toList());
    trace.figure("total", total(), () -> net().getAmount().toPlainString() + " + " + vat().getAmount().toPlainString(), List.of());
    entity.fee(net(), holder(), fee.on(), trace);
    return trace.explanation();
  }

  public Money paid() {
    return sum(currency(), payments, Payment::amount);
  }

  /** What credit notes cancelled, VAT included. */
  public Money credited() {
    return sum(currency(), creditNotes, CreditNote::total);
  }

  /** What the client still owes: the total less payments and credit notes. */
  public Money outstanding() {
    return total().minus(paid()).minus(credited());
  }

  /**
   * What the client owed at the end of {@code day}: the total less the payments and credit notes
   * made by then; nothing once written off by then, the debt then being a loss, not a receivable.
   */
  public Money outstandingOn(LocalDate day) {
    if (writtenOffOn != null && !writtenOffOn.isAfter(day)) return Money.zero(currency());
    Money settled = sum(currency(), payments.stream().filter(payment -> !payment.on().isAfter(day)).toList(), Payment::amount)
        .plus(sum(currency(), creditNotes.stream().filter(note -> !note.on().isAfter(day)).toList(), CreditNote::total));
    return total().minus(settled);
  }

  public InvoiceStatus status() {
    boolean nothingPaid = paid().isZero();
    if (writtenOffOn != null) return InvoiceStatus.WRITTEN_OFF;
    if (outstanding().isZero()) return nothingPaid ? InvoiceStatus.CREDITED : InvoiceStatus.PAID;
    return nothingPaid ? InvoiceStatus.ISSUED : InvoiceStatus.PARTIALLY_PAID;
  }

  private static void check(NationalEntity entity, InvoiceTerms terms) {
    Map<String, List<String>> errors = new LinkedHashMap<>();
    Client client = terms.client();
    if (client == null) {
      errors.put("client", List.of("is required"));
    } else if (!client.entity().equals(entity.code())) {
      errors.put("client", List.of("client " + client.id() + " is a client of " + client.entity() + ", not of " + entity.code()));
    }
    if (terms.member() == null) errors.put("member", List.of("is required"));
    if (terms.contract() == null && terms.activity() == null) {
      errors.put("contract", List.of("an invoice funds a contract or an activity: give one of contract and activity"));
    } else if (terms.contract() != null && terms.activity() != null) {
      errors.put("activity", List.of("an invoice funds one contract or one activity, not both: contract " + terms.contract()
          + ", activity " + terms.activity()));
    }
    if (terms.structure() != null && !entity.structures().containsKey(terms.structure())) {
      errors.put("structure", List.of("'" + terms.structure() + "' is not a structure of " + entity.code() + " (one of "
          + entity.structures().keySet() + ")"));
    }
    if (terms.holder() == null) errors.put("holder", List.of("is required (INDIVIDUAL or LEGAL_PERSON)"));
    if (terms.issueDate() == null) errors.put("issueDate", List.of("is required"));
    if (terms.lines() == null || terms.lines().isEmpty()) {
      errors.put("lines", List.of("at least one line is required"));
    } else {
      for (int i = 0; i < terms.lines().size(); i++) {
        try {
          Amounts.requireCurrency(terms.lines().get(i).unitPrice(), "lines[" + i + "].unitPrice", entity.currency(), entity.code());
        } catch (ValidationException e) {
          errors.putAll(e.errors());
        }
      }
    }
    if (!errors.isEmpty()) throw new ValidationException(errors);
  }

  private void requireNotWrittenOff() {
    if (writtenOffOn != null) throw new BusinessRuleException(WRITTEN_OFF, "invoice " + number + " was written off on " + writtenOffOn);
  }

  private void requireMovement(String dateField, LocalDate on, Money amount) {
    requireNotWrittenOff();
    if (on == null) throw ValidationException.of(dateField, "is required");
    if (on.isBefore(issueDate)) {
      throw ValidationException.of(dateField, "must not be before invoice " + number + " was issued on " + issueDate + ": " + on);
    }
    Amounts.requirePositive(amount, "amount", currency(), "invoice " + number);
  }

  private void requireAtMostOutstanding(String rule, String what, Money amount) {
    Money outstanding = outstanding();
    if (amount.isGreaterThan(outstanding)) {
      throw new BusinessRuleException(rule, "amount: " + what + " of " + amount + " exceeds the " + outstanding + " still due on invoice "
          + number + " (total " + total() + ", paid " + paid() + ", credited " + credited() + ")");
    }
  }

  /**
   * The entry of an amount invoiced to the client, or given back when {@code reversal}: the
   * client's receivable against the VAT owed, the fee and the rest for what the invoice funds.
   */
  private JournalEntry turnoverEntry(LocalDate on, String description, Money total, Money vat, Money fee, boolean reversal) {
    JournalEntry.Builder entry = JournalEntry.on(entity(), on, description).reference(number.toString());
    BiConsumer<Account, Money> clientSide = reversal ? entry::credit : entry::debit;
    BiConsumer<Account, Money> otherSide = reversal ? entry::debit : entry::credit;
    clientSide.accept(receivable(), total);
    otherSide.accept(Account.of(AccountType.VAT_PAYABLE), vat);
    otherSide.accept(Account.of(AccountType.FEE_INCOME), fee);
    otherSide.accept(funded(), total.minus(vat).minus(fee));
    return entry.build();
  }

  private Account receivable() {
    return Account.of(AccountType.CLIENT_RECEIVABLES, client);
  }

  private Account funded() {
    return contract != null ? SalaryPayment.payroll(contract) : Account.of(AccountType.ACTIVITY_PENDING, activity);
  }

  private Invoice with(List<Payment> payments, List<CreditNote> creditNotes, List<Reminder> reminders) {
    return new Invoice(id, number, client, member, contract, activity, structure, issueDate, dueDate, lines, vatDecision, fee,
        payments, creditNotes, reminders, writtenOffOn, version);
  }

  @Override
  public Invoice withVersion(long version) {
    return new Invoice(id, number, client, member, contract, activity, structure, issueDate, dueDate, lines, vatDecision, fee,
        payments, creditNotes, reminders, writtenOffOn, version);
  }

  private static <T> List<T> append(List<T> list, List<T> more) {
    List<T> longer = new ArrayList<>(list);
    longer.addAll(more);
    return longer;
  }

  private static <T> Money sum(CurrencyUnit currency, List<T> items, Function<T, Money> amount) {
    return Money.zero(currency).plus(items.stream().map(amount).toList());
  }
}
