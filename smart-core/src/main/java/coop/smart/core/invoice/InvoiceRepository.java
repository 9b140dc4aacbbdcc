package coop.smart.core.invoice;

import coop.smart.core.activity.ActivityId;
import coop.smart.core.client.ClientId;
import coop.smart.core.contract.ContractId;
import coop.smart.core.store.Repository;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The invoices of one entity, with their lines, payments, credit notes and reminders. Its
 * numbers come from the entity's {@link InvoiceNumbering}, taken in the transaction that saves
 * the invoice.
 */
public interface InvoiceRepository extends Repository<Invoice, InvoiceId> {

  /** The invoice a client or a payment quotes by its number. */
  Optional<Invoice> find(InvoiceNumber number);

  /** The stored invoices among {@code numbers}, in any order, read in a fixed number of queries however many. */
  List<Invoice> withNumbers(Collection<InvoiceNumber> numbers);

  /** The summaries of the stored invoices among {@code numbers}, read as {@link #withNumbers} reads them, without their parts. */
  List<InvoiceSummary> summariesWithNumbers(Collection<InvoiceNumber> numbers);

  /** The summaries of the invoices funding {@code contracts}, in any order, read in a fixed number of queries however many. */
  List<InvoiceSummary> summariesOfContracts(Collection<ContractId> contracts);

  /**
   * A client's invoices with something still due ({@link InvoiceStatus#isOpen()}), by number:
   * what it owes, and what a client's default looks at.
   */
  List<Invoice> openOf(ClientId client);

  /**
   * The open invoices of the clients named one of {@code names}, by number: names compared trimmed,
   * their spaces collapsed, in lower case, as {@code names} are given. What a payment that names no
   * invoice may be suggested for.
   */
  List<Invoice> openOfClientsNamed(Collection<String> names);

  /** Every invoice funding an activity's budget, by number. */
  List<Invoice> ofActivity(ActivityId activity);

  /** The invoice funding a contract's pay; a contract is invoiced once. */
  Optional<Invoice> ofContract(ContractId contract);

  /**
   * The invoices whose next collection step's day ({@link Invoice#nextStepOn}) is {@code day} or
   * earlier, by number: those a reminder run on {@code day} reminds. Read through the day each
   * invoice is stored with, whatever the number of invoices paid, not yet due, or past their last
   * step. An invoice stored before its store kept that day may be answered from the day after its
   * due date on (a run finds no step due on it).
   */
  List<Invoice> withStepDueBy(LocalDate day);

  /**
   * The invoices of the contracts invoiced but not yet paid whose salary's payment date
   * ({@link coop.smart.core.contract.Contract#salaryPaymentDate}) is {@code on} or earlier, by
   * number: the salaries a payment run on that day pays, read through the date each contract is
   * stored with, whatever the entity's history. A contract stored before its store kept that date
   * may be answered from the day after its payment clock starts (a run checks each date).
   */
  List<Invoice> awaitingSalary(LocalDate on);

  /** One page of the invoices {@code filter} lets through, in the order of their ids, like {@link #list}. */
  List<Invoice> list(InvoiceFilter filter, InvoiceId after, int limit);
}
