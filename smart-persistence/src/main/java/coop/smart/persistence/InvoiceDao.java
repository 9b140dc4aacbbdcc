package coop.smart.persistence;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;

import coop.smart.core.activity.ActivityId;
import coop.smart.core.client.ClientId;
import coop.smart.core.contract.ContractId;
import coop.smart.core.entity.CollectionStep;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.entity.Fee;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.VatDecision;
import coop.smart.core.entity.VatTreatment;
import coop.smart.core.invoice.CreditNote;
import coop.smart.core.invoice.Invoice;
import coop.smart.core.invoice.InvoiceId;
import coop.smart.core.invoice.InvoiceLine;
import coop.smart.core.invoice.InvoiceNumber;
import coop.smart.core.invoice.InvoiceStatus;
import coop.smart.core.invoice.Payment;
import coop.smart.core.invoice.Reminder;
import coop.smart.core.member.MemberId;
import coop.smart.core.money.Rate;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.jdbi.v3.sqlobject.statement.UseRowMapper;
import org.joda.money.Money;

/**
 * Invoices and their parts: lines, payments, credit notes and reminders, each part in its own
 * table at its place in the invoice's list, rewritten whole when the invoice is saved. The
 * parts of several invoices are read in one query per table.
 */
@RegisterConstructorMapper(InvoiceDao.Row.class)
interface InvoiceDao {

  /** A row of {@code invoices}: the invoice without its parts, its number split into year and sequence. */
  record Row(String entity, UUID id, int numberYear, long numberSequence, UUID clientId, UUID memberId, UUID contractId,
             UUID activityId, String structure, LocalDate issueDate, LocalDate dueDate, String currency, VatTreatment vatTreatment,
             BigDecimal vatRate, String vatMention, HolderKind holder, LocalDate feeDate, BigDecimal feeRate, Money net, Money fee,
             InvoiceStatus status, LocalDate writtenOffOn, long version) {

    static Row of(Invoice invoice) {
      Fee fee = invoice.fee();
      VatDecision vat = invoice.vatDecision();
      return new Row(invoice.entity().value(), invoice.id().value(), invoice.number().year(), invoice.number().sequence(),
          invoice.client().value(), invoice.member().value(), invoice.contract() == null ? null : invoice.contract().value(),
          invoice.activity() == null ? null : invoice.activity().value(), invoice.structure(), invoice.issueDate(), invoice.dueDate(),
          invoice.currency().getCode(), vat.treatment(), vat.rate().value(), vat.mention(), fee.holder(), fee.on(), fee.rate().value(),
          fee.amount(), fee.fee(), invoice.status(), invoice.writtenOffOn(), invoice.version());
    }

    Invoice toInvoice(Parts parts) {
      EntityCode code = EntityCode.of(entity);
      return new Invoice(new InvoiceId(id), new InvoiceNumber(code, numberYear, numberSequence), new ClientId(clientId),
          new MemberId(memberId), contractId == null ? null : new ContractId(contractId), activityId == null ? null : new ActivityId(activityId),
          structure, issueDate, dueDate, parts.of(id, parts.lines, LineRow::toLine), new VatDecision(vatTreatment, new Rate(vatRate), vatMention),
          new Fee(code, holder, feeDate, new Rate(feeRate), net, fee), parts.of(id, parts.payments, PaymentRow::toPayment),
          parts.of(id, parts.creditNotes, CreditNoteRow::toCreditNote), parts.of(id, parts.reminders, ReminderRow::toReminder),
          writtenOffOn, version);
    }
  }

  record LineRow(String entity, UUID invoiceId, int line, String description, BigDecimal quantity, String currency, Money unitPrice) implements Part {

    InvoiceLine toLine() {
      return new InvoiceLine(description, quantity, unitPrice);
    }
  }

  record PaymentRow(String entity, UUID invoiceId, int line, LocalDate paidOn, String currency, Money amount) implements Part {

    Payment toPayment() {
      return new Payment(paidOn, amount);
    }
  }

  record CreditNoteRow(String entity, UUID invoiceId, int line, LocalDate creditedOn, String currency, Money net, Money vat, Money fee) implements Part {

    CreditNote toCreditNote() {
      return new CreditNote(creditedOn, net, vat, fee);
    }
  }

  record ReminderRow(String entity, UUID invoiceId, int line, CollectionStep.Kind stepKind, int daysAfterDue, LocalDate issuedOn,
                     String currency, Money outstanding) implements Part {

    Reminder toReminder() {
      return new Reminder(new CollectionStep(stepKind, daysAfterDue), issuedOn, outstanding);
    }
  }

  /** A row of one of an invoice's parts. */
  interface Part {
    UUID invoiceId();
  }

  /** The parts of one or more invoices, by invoice, each list in the invoice's order. */
  record Parts(Map<UUID, List<LineRow>> lines, Map<UUID, List<PaymentRow>> payments, Map<UUID, List<CreditNoteRow>> creditNotes,
               Map<UUID, List<ReminderRow>> reminders) {

    static Parts read(InvoiceDao dao, String entity, Collection<UUID> invoices) {
      if (invoices.isEmpty()) return new Parts(Map.of(), Map.of(), Map.of(), Map.of());
      List<Part> parts = dao.parts(entity, invoices.toArray(UUID[]::new));
      return new Parts(byInvoice(parts, LineRow.class), byInvoice(parts, PaymentRow.class), byInvoice(parts, CreditNoteRow.class),
          byInvoice(parts, ReminderRow.class));
    }

    <R extends Part, T> List<T> of(UUID invoice, Map<UUID, List<R>> rows, Function<R, T> part) {
      return rows.getOrDefault(invoice, List.of()).stream().map(part).toList();
    }

    private static <R extends Part> Map<UUID, List<R>> byInvoice(List<Part> parts, Class<R> kind) {
      return parts.stream().filter(kind::isInstance).map(kind::cast).collect(groupingBy(Part::invoiceId, toList()));
    }
  }

  /** Writes every part of {@code invoices}, one batch per table, each row numbered by its place in its invoice's list. */
  default void insertParts(List<Invoice> invoices) {
    insertLines(rowsOf(invoices, invoice -> Lines.numbered(invoice.lines(), (line, item) -> new LineRow(invoice.entity().value(),
        invoice.id().value(), line, item.description(), item.quantity(), invoice.currency().getCode(), item.unitPrice()))));
    appendParts(invoices);
  }

  /** Inserts the payments, credit notes and reminders of invoices not stored yet: those added since the invoices were read. */
  default void appendParts(List<Invoice> invoices) {
    insertPayments(rowsOf(invoices, invoice -> Lines.numbered(invoice.payments(), (line, paid) -> new PaymentRow(invoice.entity().value(),
        invoice.id().value(), line, paid.on(), invoice.currency().getCode(), paid.amount()))));
    insertCreditNotes(rowsOf(invoices, invoice -> Lines.numbered(invoice.creditNotes(), (line, note) -> new CreditNoteRow(
        invoice.entity().value(), invoice.id().value(), line, note.on(), invoice.currency().getCode(), note.net(), note.vat(), note.fee()))));
    insertReminders(rowsOf(invoices, invoice -> Lines.numbered(invoice.reminders(), (line, reminder) -> new ReminderRow(
        invoice.entity().value(), invoice.id().value(), line, reminder.step().kind(), reminder.step().daysAfterDue(), reminder.issuedOn(),
        invoice.currency().getCode(), reminder.outstanding()))));
  }

  private static <R> List<R> rowsOf(List<Invoice> invoices, Function<Invoice, List<R>> rows) {
    return invoices.stream().flatMap(invoice -> rows.apply(invoice).stream()).toList();
  }

  String ORDER_BY_NUMBER = " ORDER BY number_year, number_sequence";
  /** The parts of invoices, their ids bound as one array: a statement of thousands of invoices stays one short statement. */
  String OF_INVOICES = " WHERE entity = :entity AND invoice_id = ANY(CAST(:invoices AS UUID[]))";

  @SqlBatch("INSERT INTO invoices (entity, id, number_year, number_sequence, client_id, member_id, contract_id, activity_id, structure,"
      + " issue_date, due_date, currency, vat_treatment, vat_rate, vat_mention, holder, fee_date, fee_rate, net, fee, status,"
      + " written_off_on, version)"
      + " VALUES (:entity, :id, :numberYear, :numberSequence, :clientId, :memberId, :contractId, :activityId, :structure,"
      + " :issueDate, :dueDate, :currency, :vatTreatment, :vatRate, :vatMention, :holder, :feeDate, :feeRate, :net, :fee, :status,"
      + " :writtenOffOn, :version)")
  void insert(@BindMethods List<Row> rows);

  String UPDATE = "UPDATE invoices SET number_year = :numberYear, number_sequence = :numberSequence, client_id = :clientId,"
      + " member_id = :memberId, contract_id = :contractId, activity_id = :activityId, structure = :structure, issue_date = :issueDate,"
      + " due_date = :dueDate, currency = :currency, vat_treatment = :vatTreatment, vat_rate = :vatRate, vat_mention = :vatMention,"
      + " holder = :holder, fee_date = :feeDate, fee_rate = :feeRate, net = :net, fee = :fee, status = :status,"
      + " written_off_on = :writtenOffOn, version = :version"
      + " WHERE entity = :entity AND id = :id AND version = :version - 1";

  @SqlUpdate(UPDATE)
  int update(@BindMethods Row row);

  @SqlBatch(UPDATE)
  int[] updateAll(@BindMethods List<Row> rows);

  @SqlBatch("INSERT INTO invoice_lines (entity, invoice_id, line, description, quantity, unit_price, currency)"
      + " VALUES (:entity, :invoiceId, :line, :description, :quantity, :unitPrice, :currency)")
  void insertLines(@BindMethods List<LineRow> rows);

  @SqlBatch("INSERT INTO invoice_payments (entity, invoice_id, line, paid_on, amount, currency)"
      + " VALUES (:entity, :invoiceId, :line, :paidOn, :amount, :currency) ON CONFLICT (entity, invoice_id, line) DO NOTHING")
  void insertPayments(@BindMethods List<PaymentRow> rows);

  @SqlBatch("INSERT INTO credit_notes (entity, invoice_id, line, credited_on, net, vat, fee, currency)"
      + " VALUES (:entity, :invoiceId, :line, :creditedOn, :net, :vat, :fee, :currency) ON CONFLICT (entity, invoice_id, line) DO NOTHING")
  void insertCreditNotes(@BindMethods List<CreditNoteRow> rows);

  @SqlBatch("INSERT INTO invoice_reminders (entity, invoice_id, line, step_kind, days_after_due, issued_on, outstanding, currency)"
      + " VALUES (:entity, :invoiceId, :line, :stepKind, :daysAfterDue, :issuedOn, :outstanding, :currency) ON CONFLICT (entity, invoice_id, line) DO NOTHING")
  void insertReminders(@BindMethods List<ReminderRow> rows);

  @SqlQuery("SELECT * FROM invoices WHERE entity = :entity AND id IN (<ids>)")
  List<Row> findAll(String entity, @BindList("ids") Collection<UUID> ids);

  @SqlQuery("SELECT * FROM invoices WHERE entity = :entity AND number_year = :year AND number_sequence = :sequence")
  Optional<Row> findNumber(String entity, int year, long sequence);

  /** The invoices numbered {@code years[i]}-{@code sequences[i]}: one query on the numbers' unique index, however many. */
  @SqlQuery("SELECT invoices.* FROM invoices JOIN UNNEST(CAST(:years AS INTEGER[]), CAST(:sequences AS BIGINT[])) AS wanted (year, sequence)"
      + " ON invoices.number_year = wanted.year AND invoices.number_sequence = wanted.sequence WHERE invoices.entity = :entity")
  List<Row> withNumbers(String entity, Integer[] years, Long[] sequences);

  @SqlQuery("SELECT * FROM invoices WHERE entity = :entity AND client_id = :clientId AND status IN (<statuses>)" + ORDER_BY_NUMBER)
  List<Row> ofClient(String entity, UUID clientId, @BindList("statuses") Collection<InvoiceStatus> statuses);

  @SqlQuery("SELECT invoices.* FROM invoices JOIN clients ON clients.entity = invoices.entity AND clients.id = invoices.client_id"
      + " WHERE invoices.entity = :entity AND invoices.status IN (<statuses>)"
      + " AND LOWER(REGEXP_REPLACE(BTRIM(clients.name), '\\s+', ' ', 'g')) = ANY(CAST(:names AS VARCHAR[]))" + ORDER_BY_NUMBER)
  List<Row> openOfClientsNamed(String entity, @BindList("statuses") Collection<InvoiceStatus> statuses, String[] names);

  @SqlQuery("SELECT * FROM invoices WHERE entity = :entity AND activity_id = :activityId" + ORDER_BY_NUMBER)
  List<Row> ofActivity(String entity, UUID activityId);

  @SqlQuery("SELECT * FROM invoices WHERE entity = :entity AND contract_id = :contractId")
  Optional<Row> ofContract(String entity, UUID contractId);

  @SqlQuery("SELECT * FROM invoices WHERE entity = :entity AND status IN (<statuses>) AND due_date < :day" + ORDER_BY_NUMBER)
  List<Row> inStatusDueBefore(String entity, @BindList("statuses") Collection<InvoiceStatus> statuses, LocalDate day);

  @SqlQuery("SELECT invoices.* FROM invoices JOIN contracts ON contracts.entity = invoices.entity AND contracts.id = invoices.contract_id"
      + " WHERE invoices.entity = :entity AND contracts.status = 'INVOICED' AND GREATEST(contracts.end_date, contracts.declared_on) <= :on"
      + " ORDER BY number_year, number_sequence")
  List<Row> awaitingSalary(String entity, LocalDate on);

  // A criterion left null lets every row through; the casts give PostgreSQL the type of a null parameter.
  @SqlQuery("SELECT * FROM invoices WHERE entity = :entity"
      + " AND (CAST(:clientId AS UUID) IS NULL OR client_id = :clientId)"
      + " AND (CAST(:status AS VARCHAR(20)) IS NULL OR status = :status)"
      + " AND (CAST(:memberId AS UUID) IS NULL OR member_id = :memberId)"
      + " AND (CAST(:after AS UUID) IS NULL OR id > :after)"
      + " ORDER BY id LIMIT :limit")
  List<Row> page(String entity, UUID clientId, String status, UUID memberId, UUID after, int limit);

  /**
   * The lines, payments, credit notes and reminders of invoices in one statement, not four: each
   * row names its kind and fills that kind's columns, the others' left null.
   */
  @SqlQuery("SELECT 'LINE' AS kind, entity, invoice_id, line, currency, description, quantity, unit_price, CAST(NULL AS DATE) AS paid_on,"
      + " CAST(NULL AS NUMERIC) AS amount, CAST(NULL AS DATE) AS credited_on, CAST(NULL AS NUMERIC) AS net, CAST(NULL AS NUMERIC) AS vat,"
      + " CAST(NULL AS NUMERIC) AS fee, CAST(NULL AS VARCHAR) AS step_kind, CAST(NULL AS INTEGER) AS days_after_due,"
      + " CAST(NULL AS DATE) AS issued_on, CAST(NULL AS NUMERIC) AS outstanding FROM invoice_lines" + OF_INVOICES
      + " UNION ALL SELECT 'PAYMENT', entity, invoice_id, line, currency, NULL, NULL, NULL, paid_on, amount, NULL, NULL, NULL, NULL, NULL, NULL,"
      + " NULL, NULL FROM invoice_payments" + OF_INVOICES
      + " UNION ALL SELECT 'CREDIT_NOTE', entity, invoice_id, line, currency, NULL, NULL, NULL, NULL, NULL, credited_on, net, vat, fee, NULL,"
      + " NULL, NULL, NULL FROM credit_notes" + OF_INVOICES
      + " UNION ALL SELECT 'REMINDER', entity, invoice_id, line, currency, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, step_kind,"
      + " days_after_due, issued_on, outstanding FROM invoice_reminders" + OF_INVOICES
      + " ORDER BY invoice_id, line")
  @UseRowMapper(PartMapper.class)
  List<Part> parts(String entity, UUID[] invoices);

  /** Maps a row of {@link #parts} to the part its kind names, each kind's constructor matched to the columns once per result. */
  final class PartMapper implements RowMapper<Part> {

    private static final Map<String, RowMapper<? extends Part>> KINDS = Map.of("LINE", ConstructorMapper.of(LineRow.class),
        "PAYMENT", ConstructorMapper.of(PaymentRow.class), "CREDIT_NOTE", ConstructorMapper.of(CreditNoteRow.class),
        "REMINDER", ConstructorMapper.of(ReminderRow.class));

    @Override
    public Part map(ResultSet row, StatementContext context) throws SQLException {
      return specialize(row, context).map(row, context);
    }

    @Override
    public RowMapper<Part> specialize(ResultSet result, StatementContext context) throws SQLException {
      Map<String, RowMapper<? extends Part>> specialized = new HashMap<>();
      for (Map.Entry<String, RowMapper<? extends Part>> kind : KINDS.entrySet()) {
        specialized.put(kind.getKey(), kind.getValue().specialize(result, context));
      }
      return (row, rowContext) -> specialized.get(row.getString("kind")).map(row, rowContext);
    }
  }
}
