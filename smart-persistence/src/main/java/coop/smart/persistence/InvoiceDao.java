package coop.smart.persistence;

import static coop.smart.persistence.Columns.column;
import static coop.smart.persistence.Columns.date;
import static coop.smart.persistence.Columns.enumerated;
import static coop.smart.persistence.Columns.uuid;
import static coop.smart.persistence.Columns.values;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;

import coop.smart.core.activity.ActivityId;
import coop.smart.core.client.ClientId;
import coop.smart.core.contract.ContractId;
import coop.smart.core.entity.CollectionStep;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.entity.Fee;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.entity.VatDecision;
import coop.smart.core.entity.VatTreatment;
import coop.smart.core.invoice.CreditNote;
import coop.smart.core.invoice.Invoice;
import coop.smart.core.invoice.InvoiceId;
import coop.smart.core.invoice.InvoiceLine;
import coop.smart.core.invoice.InvoiceNumber;
import coop.smart.core.invoice.InvoiceStatus;
import coop.smart.core.invoice.InvoiceSummary;
import coop.smart.core.invoice.Payment;
import coop.smart.core.invoice.Reminder;
import coop.smart.core.member.MemberId;
import coop.smart.core.money.Rate;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;
import org.jdbi.v3.core.statement.StatementContext;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Invoices and their parts: lines, payments, credit notes and reminders, each part in its own
 * table at its place in the invoice's list, on the handle of a transaction. Written on Jdbi's
 * handle rather than as a SqlObject: every payment, reminder and salary run reads and writes
 * invoices. New invoices are inserted with all their parts in one statement, an update writes the
 * row and the parts added since in one statement, and the parts of any number of invoices are
 * read in one query.
 */
final class InvoiceDao {

  /** A row of {@code invoices}: the invoice without its parts, its number split into year and sequence. */
  record Row(String entity, UUID id, int numberYear, long numberSequence, UUID clientId, UUID memberId, UUID contractId,
             UUID activityId, String structure, LocalDate issueDate, LocalDate dueDate, String currency, VatTreatment vatTreatment,
             BigDecimal vatRate, String vatMention, HolderKind holder, LocalDate feeDate, BigDecimal feeRate, Money net, Money fee,
             InvoiceStatus status, LocalDate writtenOffOn, LocalDate nextStepOn, long version) {

    /** The invoice's row, with the day of its next collection step under the rules of {@code entity}. */
    static Row of(Invoice invoice, NationalEntity entity) {
      Fee fee = invoice.fee();
      VatDecision vat = invoice.vatDecision();
      return new Row(invoice.entity().value(), invoice.id().value(), invoice.number().year(), invoice.number().sequence(),
          invoice.client().value(), invoice.member().value(), invoice.contract() == null ? null : invoice.contract().value(),
          invoice.activity() == null ? null : invoice.activity().value(), invoice.structure(), invoice.issueDate(), invoice.dueDate(),
          invoice.currency().getCode(), vat.treatment(), vat.rate().value(), vat.mention(), fee.holder(), fee.on(), fee.rate().value(),
          fee.amount(), fee.fee(), invoice.status(), invoice.writtenOffOn(), invoice.nextStepOn(entity), invoice.version());
    }

    static Row read(ResultSet row, StatementContext context) throws SQLException {
      CurrencyUnit currency = CurrencyUnit.of(row.getString("currency"));
      return new Row(row.getString("entity"), uuid(row, "id"), row.getInt("number_year"), row.getLong("number_sequence"),
          uuid(row, "client_id"), uuid(row, "member_id"), uuid(row, "contract_id"), uuid(row, "activity_id"), row.getString("structure"),
          date(row, "issue_date"), date(row, "due_date"), currency.getCode(), enumerated(VatTreatment.class, row, "vat_treatment"),
          row.getBigDecimal("vat_rate"), row.getString("vat_mention"), enumerated(HolderKind.class, row, "holder"), date(row, "fee_date"),
          row.getBigDecimal("fee_rate"), money(currency, row, "net"), money(currency, row, "fee"), enumerated(InvoiceStatus.class, row, "status"),
          date(row, "written_off_on"), date(row, "next_step_on"), row.getLong("version"));
    }

    /** What the row alone says: the invoice's summary, its status as stored with it. */
    InvoiceSummary toSummary() {
      return new InvoiceSummary(new InvoiceId(id), new InvoiceNumber(EntityCode.of(entity), numberYear, numberSequence), issueDate,
          new ClientId(clientId), new MemberId(memberId), contractId == null ? null : new ContractId(contractId), net, status);
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

    static List<LineRow> of(Invoice invoice) {
      return Lines.numbered(invoice.lines(), (line, item) -> new LineRow(invoice.entity().value(), invoice.id().value(), line,
          item.description(), item.quantity(), invoice.currency().getCode(), item.unitPrice()));
    }

    InvoiceLine toLine() {
      return new InvoiceLine(description, quantity, unitPrice);
    }
  }

  record PaymentRow(String entity, UUID invoiceId, int line, LocalDate paidOn, String currency, Money amount) implements Part {

    static List<PaymentRow> of(Invoice invoice) {
      return Lines.numbered(invoice.payments(), (line, paid) -> new PaymentRow(invoice.entity().value(), invoice.id().value(), line,
          paid.on(), invoice.currency().getCode(), paid.amount()));
    }

    Payment toPayment() {
      return new Payment(paidOn, amount);
    }
  }

  record CreditNoteRow(String entity, UUID invoiceId, int line, LocalDate creditedOn, String currency, Money net, Money vat, Money fee) implements Part {

    static List<CreditNoteRow> of(Invoice invoice) {
      return Lines.numbered(invoice.creditNotes(), (line, note) -> new CreditNoteRow(invoice.entity().value(), invoice.id().value(), line,
          note.on(), invoice.currency().getCode(), note.net(), note.vat(), note.fee()));
    }

    CreditNote toCreditNote() {
      return new CreditNote(creditedOn, net, vat, fee);
    }
  }

  record ReminderRow(String entity, UUID invoiceId, int line, CollectionStep.Kind stepKind, int daysAfterDue, LocalDate issuedOn,
                     String currency, Money outstanding) implements Part {

    static List<ReminderRow> of(Invoice invoice) {
      return Lines.numbered(invoice.reminders(), (line, reminder) -> new ReminderRow(invoice.entity().value(), invoice.id().value(), line,
          reminder.step().kind(), reminder.step().daysAfterDue(), reminder.issuedOn(), invoice.currency().getCode(), reminder.outstanding()));
    }

    Reminder toReminder() {
      return new Reminder(new CollectionStep(stepKind, daysAfterDue), issuedOn, outstanding);
    }
  }

  /** A row of one of an invoice's parts. */
  interface Part {
    UUID invoiceId();

    /** The part of the row {@link #PARTS} read, by the kind it names. */
    static Part read(ResultSet row, StatementContext context) throws SQLException {
      CurrencyUnit currency = CurrencyUnit.of(row.getString("currency"));
      String entity = row.getString("entity");
      UUID invoice = uuid(row, "invoice_id");
      int line = row.getInt("line");
      return switch (row.getString("kind")) {
        case "LINE" -> new LineRow(entity, invoice, line, row.getString("description"), row.getBigDecimal("quantity"), currency.getCode(),
            money(currency, row, "unit_price"));
        case "PAYMENT" -> new PaymentRow(entity, invoice, line, date(row, "paid_on"), currency.getCode(), money(currency, row, "amount"));
        case "CREDIT_NOTE" -> new CreditNoteRow(entity, invoice, line, date(row, "credited_on"), currency.getCode(), money(currency, row, "net"),
            money(currency, row, "vat"), money(currency, row, "fee"));
        case "REMINDER" -> new ReminderRow(entity, invoice, line, enumerated(CollectionStep.Kind.class, row, "step_kind"),
            row.getInt("days_after_due"), date(row, "issued_on"), currency.getCode(), money(currency, row, "outstanding"));
        default -> throw new IllegalStateException("a part of invoice " + invoice + " of an unknown kind: " + row.getString("kind"));
      };
    }
  }

  /** The parts of one or more invoices, by invoice, each list in the invoice's order. */
  record Parts(Map<UUID, List<LineRow>> lines, Map<UUID, List<PaymentRow>> payments, Map<UUID, List<CreditNoteRow>> creditNotes,
               Map<UUID, List<ReminderRow>> reminders) {

    static Parts of(List<Part> parts) {
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

  /** The columns of invoices given as arrays, one element per invoice, unnested as rows. */
  private static final String GIVEN = "given AS (SELECT * FROM unnest(CAST(:entity AS CHAR(2)[]), CAST(:id AS UUID[]),"
      + " CAST(:numberYear AS INTEGER[]), CAST(:numberSequence AS BIGINT[]), CAST(:clientId AS UUID[]), CAST(:memberId AS UUID[]),"
      + " CAST(:contractId AS UUID[]), CAST(:activityId AS UUID[]), CAST(:structure AS VARCHAR[]), CAST(:issueDate AS DATE[]),"
      + " CAST(:dueDate AS DATE[]), CAST(:currency AS CHAR(3)[]), CAST(:vatTreatment AS VARCHAR[]), CAST(:vatRate AS NUMERIC[]),"
      + " CAST(:vatMention AS VARCHAR[]), CAST(:holder AS VARCHAR[]), CAST(:feeDate AS DATE[]), CAST(:feeRate AS NUMERIC[]),"
      + " CAST(:net AS NUMERIC[]), CAST(:fee AS NUMERIC[]), CAST(:status AS VARCHAR[]), CAST(:writtenOffOn AS DATE[]),"
      + " CAST(:nextStepOn AS DATE[]), CAST(:version AS BIGINT[])) AS given (entity, id, number_year, number_sequence, client_id,"
      + " member_id, contract_id, activity_id, structure, issue_date, due_date, currency, vat_treatment, vat_rate, vat_mention, holder,"
      + " fee_date, fee_rate, net, fee, status, written_off_on, next_step_on, version))";

  /**
   * The payments, credit notes and reminders given, of the invoices the statement wrote
   * ({@code written}): inserted, or already stored and then left as they are, as an invoice's
   * parts are only ever added to.
   */
  private static final String ADDED_PARTS = " payment AS (INSERT INTO invoice_payments (entity, invoice_id, line, paid_on, amount, currency)"
      + " SELECT part.* FROM unnest(CAST(:paymentEntity AS CHAR(2)[]), CAST(:paymentInvoice AS UUID[]), CAST(:paymentLine AS INTEGER[]),"
      + " CAST(:paidOn AS DATE[]), CAST(:paidAmount AS NUMERIC[]), CAST(:paymentCurrency AS CHAR(3)[]))"
      + " AS part (entity, invoice_id, line, paid_on, amount, currency) JOIN written ON written.id = part.invoice_id"
      + " ON CONFLICT (entity, invoice_id, line) DO NOTHING),"
      + " credit_note AS (INSERT INTO credit_notes (entity, invoice_id, line, credited_on, net, vat, fee, currency)"
      + " SELECT part.* FROM unnest(CAST(:creditEntity AS CHAR(2)[]), CAST(:creditInvoice AS UUID[]), CAST(:creditLine AS INTEGER[]),"
      + " CAST(:creditedOn AS DATE[]), CAST(:creditNet AS NUMERIC[]), CAST(:creditVat AS NUMERIC[]), CAST(:creditFee AS NUMERIC[]),"
      + " CAST(:creditCurrency AS CHAR(3)[])) AS part (entity, invoice_id, line, credited_on, net, vat, fee, currency)"
      + " JOIN written ON written.id = part.invoice_id ON CONFLICT (entity, invoice_id, line) DO NOTHING),"
      + " reminder AS (INSERT INTO invoice_reminders (entity, invoice_id, line, step_kind, days_after_due, issued_on, outstanding, currency)"
      + " SELECT part.* FROM unnest(CAST(:reminderEntity AS CHAR(2)[]), CAST(:reminderInvoice AS UUID[]), CAST(:reminderLine AS INTEGER[]),"
      + " CAST(:stepKind AS VARCHAR[]), CAST(:daysAfterDue AS INTEGER[]), CAST(:issuedOn AS DATE[]), CAST(:outstanding AS NUMERIC[]),"
      + " CAST(:reminderCurrency AS CHAR(3)[])) AS part (entity, invoice_id, line, step_kind, days_after_due, issued_on, outstanding, currency)"
      + " JOIN written ON written.id = part.invoice_id ON CONFLICT (entity, invoice_id, line) DO NOTHING)";

  /** New invoices with all their parts. */
  private static final String INSERT = "WITH " + GIVEN + ","
      + " written AS (INSERT INTO invoices (entity, id, number_year, number_sequence, client_id, member_id, contract_id, activity_id,"
      + " structure, issue_date, due_date, currency, vat_treatment, vat_rate, vat_mention, holder, fee_date, fee_rate, net, fee, status,"
      + " written_off_on, next_step_on, version) SELECT * FROM given RETURNING id),"
      + " line AS (INSERT INTO invoice_lines (entity, invoice_id, line, description, quantity, unit_price, currency)"
      + " SELECT part.* FROM unnest(CAST(:lineEntity AS CHAR(2)[]), CAST(:lineInvoice AS UUID[]), CAST(:lineNumber AS INTEGER[]),"
      + " CAST(:description AS VARCHAR[]), CAST(:quantity AS NUMERIC[]), CAST(:unitPrice AS NUMERIC[]), CAST(:lineCurrency AS CHAR(3)[]))"
      + " AS part (entity, invoice_id, line, description, quantity, unit_price, currency) JOIN written ON written.id = part.invoice_id),"
      + ADDED_PARTS
      + " SELECT COUNT(*) FROM written";

  /**
   * Stored invoices, each where it is still at the version before the one given, with the parts
   * added since; answers the ids of those written. Lines are fixed at an invoice's issue.
   */
  private static final String UPDATE = "WITH " + GIVEN + ","
      + " written AS (UPDATE invoices SET number_year = given.number_year, number_sequence = given.number_sequence,"
      + " client_id = given.client_id, member_id = given.member_id, contract_id = given.contract_id, activity_id = given.activity_id,"
      + " structure = given.structure, issue_date = given.issue_date, due_date = given.due_date, currency = given.currency,"
      + " vat_treatment = given.vat_treatment, vat_rate = given.vat_rate, vat_mention = given.vat_mention, holder = given.holder,"
      + " fee_date = given.fee_date, fee_rate = given.fee_rate, net = given.net, fee = given.fee, status = given.status,"
      + " written_off_on = given.written_off_on, next_step_on = given.next_step_on, version = given.version"
      + " FROM given WHERE invoices.entity = given.entity AND invoices.id = given.id AND invoices.version = given.version - 1"
      + " RETURNING invoices.id),"
      + ADDED_PARTS
      + " SELECT id FROM written";

  private static final String ORDER_BY_NUMBER = " ORDER BY number_year, number_sequence";
  private static final String OPEN = " AND status = ANY(CAST(:statuses AS VARCHAR[]))";

  /**
   * The lines, payments, credit notes and reminders of invoices in one statement, not four: each
   * row names its kind and fills that kind's columns, the others' left null. The invoices' ids are
   * bound as one array: a statement of thousands of invoices stays one short statement.
   */
  private static final String PARTS = partsOf("invoice_lines", "LINE", "description, quantity, unit_price, CAST(NULL AS DATE) AS paid_on,"
      + " CAST(NULL AS NUMERIC) AS amount, CAST(NULL AS DATE) AS credited_on, CAST(NULL AS NUMERIC) AS net, CAST(NULL AS NUMERIC) AS vat,"
      + " CAST(NULL AS NUMERIC) AS fee, CAST(NULL AS VARCHAR) AS step_kind, CAST(NULL AS INTEGER) AS days_after_due,"
      + " CAST(NULL AS DATE) AS issued_on, CAST(NULL AS NUMERIC) AS outstanding")
      + " UNION ALL " + partsOf("invoice_payments", "PAYMENT", "NULL, NULL, NULL, paid_on, amount, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL")
      + " UNION ALL " + partsOf("credit_notes", "CREDIT_NOTE", "NULL, NULL, NULL, NULL, NULL, credited_on, net, vat, fee, NULL, NULL, NULL, NULL")
      + " UNION ALL " + partsOf("invoice_reminders", "REMINDER", "NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, step_kind,"
      + " days_after_due, issued_on, outstanding")
      + " ORDER BY invoice_id, line";

  /** The rows of one kind of part: its own columns, and nulls for the other kinds' (named and typed by the first kind's). */
  private static String partsOf(String table, String kind, String columns) {
    return "SELECT '" + kind + "' AS kind, entity, invoice_id, line, currency, " + columns + " FROM " + table
        + " WHERE entity = :entity AND invoice_id = ANY(CAST(:invoices AS UUID[]))";
  }

  private final Handle handle;

  InvoiceDao(Handle handle) {
    this.handle = handle;
  }

  /** Inserts the invoices with all their parts, in one statement whatever their number. */
  void insert(List<Invoice> invoices, NationalEntity entity) {
    List<Row> rows = invoices.stream().map(invoice -> Row.of(invoice, entity)).toList();
    List<LineRow> lines = invoices.stream().flatMap(invoice -> LineRow.of(invoice).stream()).toList();
    int inserted = addedParts(withRows(handle.createQuery(INSERT), rows), invoices)
        .bind("lineEntity", column(lines, LineRow::entity))
        .bind("lineInvoice", column(lines, LineRow::invoiceId))
        .bind("lineNumber", column(lines, LineRow::line))
        .bind("description", column(lines, LineRow::description))
        .bind("quantity", column(lines, LineRow::quantity))
        .bind("unitPrice", column(lines, line -> line.unitPrice().getAmount()))
        .bind("lineCurrency", column(lines, LineRow::currency))
        .mapTo(Integer.class).one();
    if (inserted != invoices.size()) throw new IllegalStateException(inserted + " of " + invoices.size() + " invoices inserted");
  }

  /**
   * Writes each invoice, still at the version before its own, with the payments, credit notes and
   * reminders it gained, in one statement; answers the rows changed of each, 1 or 0.
   */
  int[] update(List<Invoice> invoices, NationalEntity entity) {
    List<Row> rows = invoices.stream().map(invoice -> Row.of(invoice, entity)).toList();
    Set<UUID> written = new HashSet<>(addedParts(withRows(handle.createQuery(UPDATE), rows), invoices)
        .map((row, context) -> uuid(row, "id")).list());
    return invoices.stream().mapToInt(invoice -> written.contains(invoice.id().value()) ? 1 : 0).toArray();
  }

  private static Query withRows(Query statement, List<Row> rows) {
    return statement
        .bind("entity", column(rows, Row::entity))
        .bind("id", column(rows, Row::id))
        .bind("numberYear", column(rows, Row::numberYear))
        .bind("numberSequence", column(rows, Row::numberSequence))
        .bind("clientId", column(rows, Row::clientId))
        .bind("memberId", column(rows, Row::memberId))
        .bind("contractId", column(rows, Row::contractId))
        .bind("activityId", column(rows, Row::activityId))
        .bind("structure", column(rows, Row::structure))
        .bind("issueDate", column(rows, Row::issueDate))
        .bind("dueDate", column(rows, Row::dueDate))
        .bind("currency", column(rows, Row::currency))
        .bind("vatTreatment", column(rows, Row::vatTreatment))
        .bind("vatRate", column(rows, Row::vatRate))
        .bind("vatMention", column(rows, Row::vatMention))
        .bind("holder", column(rows, Row::holder))
        .bind("feeDate", column(rows, Row::feeDate))
        .bind("feeRate", column(rows, Row::feeRate))
        .bind("net", column(rows, row -> row.net().getAmount()))
        .bind("fee", column(rows, row -> row.fee().getAmount()))
        .bind("status", column(rows, Row::status))
        .bind("writtenOffOn", column(rows, Row::writtenOffOn))
        .bind("nextStepOn", column(rows, Row::nextStepOn))
        .bind("version", column(rows, Row::version));
  }

  private static Query addedParts(Query statement, List<Invoice> invoices) {
    List<PaymentRow> payments = invoices.stream().flatMap(invoice -> PaymentRow.of(invoice).stream()).toList();
    List<CreditNoteRow> credits = invoices.stream().flatMap(invoice -> CreditNoteRow.of(invoice).stream()).toList();
    List<ReminderRow> reminders = invoices.stream().flatMap(invoice -> ReminderRow.of(invoice).stream()).toList();
    return statement
        .bind("paymentEntity", column(payments, PaymentRow::entity))
        .bind("paymentInvoice", column(payments, PaymentRow::invoiceId))
        .bind("paymentLine", column(payments, PaymentRow::line))
        .bind("paidOn", column(payments, PaymentRow::paidOn))
        .bind("paidAmount", column(payments, payment -> payment.amount().getAmount()))
        .bind("paymentCurrency", column(payments, PaymentRow::currency))
        .bind("creditEntity", column(credits, CreditNoteRow::entity))
        .bind("creditInvoice", column(credits, CreditNoteRow::invoiceId))
        .bind("creditLine", column(credits, CreditNoteRow::line))
        .bind("creditedOn", column(credits, CreditNoteRow::creditedOn))
        .bind("creditNet", column(credits, credit -> credit.net().getAmount()))
        .bind("creditVat", column(credits, credit -> credit.vat().getAmount()))
        .bind("creditFee", column(credits, credit -> credit.fee().getAmount()))
        .bind("creditCurrency", column(credits, CreditNoteRow::currency))
        .bind("reminderEntity", column(reminders, ReminderRow::entity))
        .bind("reminderInvoice", column(reminders, ReminderRow::invoiceId))
        .bind("reminderLine", column(reminders, ReminderRow::line))
        .bind("stepKind", column(reminders, ReminderRow::stepKind))
        .bind("daysAfterDue", column(reminders, ReminderRow::daysAfterDue))
        .bind("issuedOn", column(reminders, ReminderRow::issuedOn))
        .bind("outstanding", column(reminders, reminder -> reminder.outstanding().getAmount()))
        .bind("reminderCurrency", column(reminders, ReminderRow::currency));
  }

  List<Row> findAll(String entity, Collection<UUID> ids) {
    return rows("SELECT * FROM invoices WHERE entity = :entity AND id = ANY(CAST(:ids AS UUID[]))", entity).bind("ids", values(ids))
        .map(Row::read).list();
  }

  Optional<Row> findNumber(String entity, int year, long sequence) {
    return rows("SELECT * FROM invoices WHERE entity = :entity AND number_year = :year AND number_sequence = :sequence", entity)
        .bind("year", year).bind("sequence", sequence).map(Row::read).findOne();
  }

  /** The invoices numbered {@code years[i]}-{@code sequences[i]}: one query on the numbers' unique index, however many. */
  List<Row> withNumbers(String entity, List<Integer> years, List<Long> sequences) {
    return rows("SELECT invoices.* FROM invoices JOIN UNNEST(CAST(:years AS INTEGER[]), CAST(:sequences AS BIGINT[])) AS wanted (year, sequence)"
        + " ON invoices.number_year = wanted.year AND invoices.number_sequence = wanted.sequence WHERE invoices.entity = :entity", entity)
        .bind("years", values(years)).bind("sequences", values(sequences)).map(Row::read).list();
  }

  List<Row> ofClient(String entity, UUID clientId, Collection<InvoiceStatus> statuses) {
    return rows("SELECT * FROM invoices WHERE entity = :entity AND client_id = :clientId" + OPEN + ORDER_BY_NUMBER, entity)
        .bind("clientId", clientId).bind("statuses", values(statuses)).map(Row::read).list();
  }

  List<Row> openOfClientsNamed(String entity, Collection<InvoiceStatus> statuses, Collection<String> names) {
    return rows("SELECT invoices.* FROM invoices JOIN clients ON clients.entity = invoices.entity AND clients.id = invoices.client_id"
        + " WHERE invoices.entity = :entity AND invoices.status = ANY(CAST(:statuses AS VARCHAR[]))"
        + " AND LOWER(REGEXP_REPLACE(BTRIM(clients.name), '\\s+', ' ', 'g')) = ANY(CAST(:names AS VARCHAR[]))" + ORDER_BY_NUMBER, entity)
        .bind("statuses", values(statuses)).bind("names", values(names)).map(Row::read).list();
  }

  List<Row> ofActivity(String entity, UUID activityId) {
    return rows("SELECT * FROM invoices WHERE entity = :entity AND activity_id = :activityId" + ORDER_BY_NUMBER, entity)
        .bind("activityId", activityId).map(Row::read).list();
  }

  Optional<Row> ofContract(String entity, UUID contractId) {
    return ofContracts(entity, List.of(contractId)).stream().findFirst();
  }

  /** The invoices of {@code contractIds}, through the contracts' index (which holds no activity's invoice). */
  List<Row> ofContracts(String entity, Collection<UUID> contractIds) {
    return rows("SELECT * FROM invoices WHERE entity = :entity AND contract_id IS NOT NULL"
        + " AND contract_id = ANY(CAST(:contractIds AS UUID[]))", entity)
        .bind("contractIds", values(contractIds)).map(Row::read).list();
  }

  List<Row> withStepDueBy(String entity, LocalDate day) {
    return rows("SELECT * FROM invoices WHERE entity = :entity AND next_step_on <= :day" + ORDER_BY_NUMBER, entity)
        .bind("day", day).map(Row::read).list();
  }

  List<Row> awaitingSalary(String entity, LocalDate on) {
    return rows("SELECT invoices.* FROM invoices JOIN contracts ON contracts.entity = invoices.entity AND contracts.id = invoices.contract_id"
        + " WHERE invoices.entity = :entity AND contracts.status = 'INVOICED' AND contracts.salary_due_on <= :on"
        + ORDER_BY_NUMBER, entity).bind("on", on).map(Row::read).list();
  }

  // A criterion left null lets every row through; the casts give PostgreSQL the type of a null parameter.
  List<Row> page(String entity, UUID clientId, String status, UUID memberId, UUID after, int limit) {
    return rows("SELECT * FROM invoices WHERE entity = :entity"
        + " AND (CAST(:clientId AS UUID) IS NULL OR client_id = :clientId)"
        + " AND (CAST(:status AS VARCHAR(20)) IS NULL OR status = :status)"
        + " AND (CAST(:memberId AS UUID) IS NULL OR member_id = :memberId)"
        + " AND (CAST(:after AS UUID) IS NULL OR id > :after)"
        + " ORDER BY id LIMIT :limit", entity)
        .bindByType("clientId", clientId, UUID.class).bindByType("status", status, String.class)
        .bindByType("memberId", memberId, UUID.class).bindByType("after", after, UUID.class).bind("limit", limit)
        .map(Row::read).list();
  }

  /** The parts of {@code invoices}, in one query. */
  Parts parts(String entity, Collection<UUID> invoices) {
    if (invoices.isEmpty()) return Parts.of(List.of());
    return Parts.of(rows(PARTS, entity).bind("invoices", values(invoices)).map(Part::read).list());
  }

  private Query rows(String query, String entity) {
    return handle.createQuery(query).bind("entity", entity);
  }

  private static Money money(CurrencyUnit currency, ResultSet row, String column) throws SQLException {
    BigDecimal amount = row.getBigDecimal(column);
    return amount == null ? null : MoneyColumnMapper.money(currency, amount);
  }
}
