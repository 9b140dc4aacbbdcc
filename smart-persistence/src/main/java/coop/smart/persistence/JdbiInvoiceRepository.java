package coop.smart.persistence;

import coop.smart.core.activity.ActivityId;
import coop.smart.core.client.ClientId;
import coop.smart.core.contract.ContractId;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.invoice.Invoice;
import coop.smart.core.invoice.InvoiceFilter;
import coop.smart.core.invoice.InvoiceId;
import coop.smart.core.invoice.InvoiceNumber;
import coop.smart.core.invoice.InvoiceRepository;
import coop.smart.core.invoice.InvoiceStatus;
import coop.smart.core.invoice.InvoiceSummary;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The invoices of one entity in the {@code invoices} table, with their lines, payments, credit
 * notes and reminders in tables of their own. An invoice's client, member, and the contract or
 * activity it funds must be stored in the same entity first; its number is unique in the
 * entity. Take the number with {@link JdbiInvoiceNumbering} in the transaction that saves it.
 */
public final class JdbiInvoiceRepository extends VersionedStore<Invoice, InvoiceId, InvoiceDao> implements InvoiceRepository {

  private static final List<InvoiceStatus> OPEN = Arrays.stream(InvoiceStatus.values()).filter(InvoiceStatus::isOpen).toList();

  /** The rules of the entity, by which each invoice is stored with the day of its next collection step. */
  private final NationalEntity rules;

  public JdbiInvoiceRepository(Database database, NationalEntity entity) {
    super(database, entity.code(), InvoiceDao::new, "invoices", "invoice", InvoiceId::value, InvoiceId::new);
    this.rules = entity;
  }

  /** Inserts the invoices with all their parts, in one statement. */
  @Override
  void insert(InvoiceDao dao, List<Invoice> stored) {
    dao.insert(stored, rules);
  }

  /**
   * Writes the invoice's row and the payments, credit notes and reminders it gained, in one
   * statement (its lines are fixed at its issue), so it has no parts to write after.
   */
  @Override
  int update(InvoiceDao dao, Invoice stored) {
    return dao.update(List.of(stored), rules)[0];
  }

  @Override
  int[] updateAll(InvoiceDao dao, List<Invoice> stored) {
    return dao.update(stored, rules);
  }

  @Override
  List<Invoice> findAll(InvoiceDao dao, Collection<UUID> ids) {
    return assembled(dao, dao.findAll(entity.value(), ids));
  }

  @Override
  public Optional<Invoice> find(InvoiceNumber number) {
    if (!number.entity().equals(entity)) return Optional.empty();
    return read(dao -> dao.findNumber(entity.value(), number.year(), number.sequence()).stream().toList()).stream().findFirst();
  }

  @Override
  public List<Invoice> withNumbers(Collection<InvoiceNumber> numbers) {
    return read(dao -> withNumbers(dao, numbers));
  }

  @Override
  public List<InvoiceSummary> summariesWithNumbers(Collection<InvoiceNumber> numbers) {
    return summaries(dao -> withNumbers(dao, numbers));
  }

  /** The rows numbered one of {@code numbers}, those of other entities left out. */
  private List<InvoiceDao.Row> withNumbers(InvoiceDao dao, Collection<InvoiceNumber> numbers) {
    List<InvoiceNumber> own = numbers.stream().filter(number -> number.entity().equals(entity)).distinct().toList();
    if (own.isEmpty()) return List.of();
    return dao.withNumbers(entity.value(), own.stream().map(InvoiceNumber::year).toList(), own.stream().map(InvoiceNumber::sequence).toList());
  }

  @Override
  public List<InvoiceSummary> summariesOfContracts(Collection<ContractId> contracts) {
    if (contracts.isEmpty()) return List.of();
    return summaries(dao -> dao.ofContracts(entity.value(), contracts.stream().map(ContractId::value).distinct().toList()));
  }

  @Override
  public List<Invoice> openOf(ClientId client) {
    return read(dao -> dao.ofClient(entity.value(), client.value(), OPEN));
  }

  @Override
  public List<Invoice> openOfClientsNamed(Collection<String> names) {
    if (names.isEmpty()) return List.of();
    return read(dao -> dao.openOfClientsNamed(entity.value(), OPEN, names));
  }

  @Override
  public List<Invoice> ofActivity(ActivityId activity) {
    return read(dao -> dao.ofActivity(entity.value(), activity.value()));
  }

  @Override
  public Optional<Invoice> ofContract(ContractId contract) {
    return read(dao -> dao.ofContract(entity.value(), contract.value()).stream().toList()).stream().findFirst();
  }

  @Override
  public List<Invoice> withStepDueBy(LocalDate day) {
    return read(dao -> dao.withStepDueBy(entity.value(), day));
  }

  @Override
  public List<Invoice> awaitingSalary(LocalDate on) {
    return read(dao -> dao.awaitingSalary(entity.value(), on));
  }

  @Override
  public List<Invoice> list(InvoiceFilter filter, InvoiceId after, int limit) {
    if (limit < 1) throw new IllegalArgumentException("a page holds at least one invoice, not " + limit);
    return read(dao -> dao.page(entity.value(), filter.client() == null ? null : filter.client().value(),
        filter.status() == null ? null : filter.status().name(), filter.member() == null ? null : filter.member().value(),
        after == null ? null : after.value(), limit));
  }

  /** The invoices of the rows {@code query} selects, with their parts, read in one transaction so they agree. */
  private List<Invoice> read(Function<InvoiceDao, List<InvoiceDao.Row>> query) {
    return reading(dao -> assembled(dao, query.apply(dao)));
  }

  private List<InvoiceSummary> summaries(Function<InvoiceDao, List<InvoiceDao.Row>> query) {
    return reading(dao -> query.apply(dao).stream().map(InvoiceDao.Row::toSummary).toList());
  }

  private List<Invoice> assembled(InvoiceDao dao, List<InvoiceDao.Row> rows) {
    InvoiceDao.Parts parts = dao.parts(entity.value(), rows.stream().map(InvoiceDao.Row::id).toList());
    return rows.stream().map(row -> row.toInvoice(parts)).toList();
  }
}
