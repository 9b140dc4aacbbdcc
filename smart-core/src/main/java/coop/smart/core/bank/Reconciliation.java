package coop.smart.core.bank;

import coop.smart.core.client.ClientId;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.invoice.Invoice;
import coop.smart.core.invoice.InvoiceId;
import coop.smart.core.invoice.InvoiceNumber;
import coop.smart.core.invoice.PaymentReference;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.joda.money.Money;

/**
 * How a statement's credits find the invoices they pay. A credit pays the open invoice its
 * structured reference names ({@link PaymentReference#invoiceOf}), at most what is still due on
 * it; the rest, if any, is the client's credit. Entries are taken in the statement's order, so a
 * second payment of an invoice the first settled finds nothing due. Anything else waits for an
 * advisor: a credit whose reference names no open invoice, or that quotes none, and debits. A
 * waiting credit whose amount is due on exactly one open invoice of a client of the payer's name
 * is a suggestion, never a payment.
 */
public final class Reconciliation {

  /**
   * What the rule decided for one entry.
   *
   * @param invoice the invoice it pays (MATCHED) or is suggested for (SUGGESTED), else null
   * @param paid what it pays on that invoice: zero unless MATCHED
   * @param note why it waits, when it does
   */
  public record Match(BankEntry entry, EntryStatus status, Invoice invoice, Money paid, String note) {

    /** What a matched credit pays beyond its invoice: kept as the client's credit. */
    public Money clientCredit() {
      return status == EntryStatus.MATCHED ? entry.amount().minus(paid) : Money.zero(entry.amount().getCurrencyUnit());
    }
  }

  private final Map<InvoiceId, Money> due = new HashMap<>();
  private final Map<InvoiceNumber, Invoice> quoted;
  private final List<Invoice> open;
  private final Function<ClientId, String> clientNames;

  /**
   * @param quoted the stored invoices among those the entries quote, by number
   * @param open open invoices a waiting credit may be suggested for (those of clients of the payers' names); empty to suggest nothing
   * @param clientNames the name of a client of those invoices
   */
  private Reconciliation(Collection<Invoice> quoted, List<Invoice> open, Function<ClientId, String> clientNames) {
    this.quoted = new HashMap<>();
    quoted.forEach(invoice -> this.quoted.put(invoice.number(), invoice));
    this.open = open;
    this.clientNames = clientNames;
  }

  /** The invoice numbers {@code entries}' credits quote: what to read, in one go, before matching. */
  public static Set<InvoiceNumber> quotedNumbers(EntityCode entity, List<BankEntry> entries) {
    Set<InvoiceNumber> numbers = new LinkedHashSet<>();
    for (BankEntry entry : entries) {
      if (entry.credit()) PaymentReference.invoiceOf(entry.quotedReference(), entity).ifPresent(numbers::add);
    }
    return numbers;
  }

  /** The decision for each of {@code entries}, in their order. */
  public static List<Match> match(EntityCode entity, List<BankEntry> entries, Collection<Invoice> quoted, List<Invoice> open,
                                  Function<ClientId, String> clientNames) {
    Reconciliation reconciliation = new Reconciliation(quoted, open, clientNames);
    List<Match> matches = new ArrayList<>(entries.size());
    for (BankEntry entry : entries) matches.add(reconciliation.decide(entity, entry));
    return matches;
  }

  /**
   * What an entry an advisor assigns to {@code invoice} pays on it: what is due, at most.
   *
   * @return empty when nothing is due on it, or in another currency
   */
  public static Optional<Money> payable(BankEntry entry, Invoice invoice) {
    if (!entry.credit() || !invoice.status().isOpen() || !invoice.currency().equals(entry.amount().getCurrencyUnit())
        || entry.bookingDate().isBefore(invoice.issueDate())) {
      return Optional.empty();
    }
    return Optional.of(entry.amount().isGreaterThan(invoice.outstanding()) ? invoice.outstanding() : entry.amount());
  }

  private Match decide(EntityCode entity, BankEntry entry) {
    if (!entry.credit()) return waiting(entry, "a debit: it pays no client's invoice");
    if (entry.quotedReference() == null) return suggestion(entry, "it quotes no structured reference");
    Optional<InvoiceNumber> number = PaymentReference.invoiceOf(entry.quotedReference(), entity);
    if (number.isEmpty()) return suggestion(entry, "its reference '" + entry.quotedReference() + "' names no invoice");
    Invoice invoice = quoted.get(number.get());
    if (invoice == null) return suggestion(entry, "its reference names invoice " + number.get() + ", which is not stored");
    Money owed = dueOn(invoice);
    if (!invoice.status().isOpen()) {
      return suggestion(entry, "its reference names invoice " + invoice.number() + ", on which nothing is due: it is " + invoice.status());
    }
    if (!owed.isPositive()) {
      return suggestion(entry, "its reference names invoice " + invoice.number() + ", on which nothing is left due: an entry before it paid it");
    }
    if (!invoice.currency().equals(entry.amount().getCurrencyUnit())) {
      return suggestion(entry, "invoice " + invoice.number() + " is in " + invoice.currency() + ", the entry in " + entry.amount().getCurrencyUnit());
    }
    if (entry.bookingDate().isBefore(invoice.issueDate())) {
      return suggestion(entry, "it was booked on " + entry.bookingDate() + ", before invoice " + invoice.number() + " was issued");
    }
    Money paid = entry.amount().isGreaterThan(owed) ? owed : entry.amount();
    due.put(invoice.id(), owed.minus(paid));
    return new Match(entry, EntryStatus.MATCHED, invoice, paid, null);
  }

  /** A credit the references do not place: suggested for the one open invoice of its amount and payer, else left waiting. */
  private Match suggestion(BankEntry entry, String why) {
    String payer = payerName(entry.debtorName());
    if (payer != null) {
      List<Invoice> candidates = open.stream()
          .filter(invoice -> dueOn(invoice).equals(entry.amount()) && payer.equals(payerName(clientNames.apply(invoice.client()))))
          .limit(2).toList();
      if (candidates.size() == 1) {
        return new Match(entry, EntryStatus.SUGGESTED, candidates.get(0), Money.zero(entry.amount().getCurrencyUnit()),
            why + "; " + entry.amount() + " is due on invoice " + candidates.get(0).number() + " of the payer");
      }
    }
    return waiting(entry, why);
  }

  private static Match waiting(BankEntry entry, String why) {
    return new Match(entry, EntryStatus.UNMATCHED, null, Money.zero(entry.amount().getCurrencyUnit()), why);
  }

  /** What is still due on an invoice, after the credits matched before in this statement. */
  private Money dueOn(Invoice invoice) {
    return due.getOrDefault(invoice.id(), invoice.outstanding());
  }

  /** A name as payers and clients are compared: trimmed, its spaces collapsed, in lower case; null for none. */
  public static String payerName(String name) {
    return name == null || name.isBlank() ? null : name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
