package coop.smart.persistence;

import static coop.smart.persistence.Columns.column;
import static coop.smart.persistence.Columns.date;
import static coop.smart.persistence.Columns.enumerated;
import static coop.smart.persistence.Columns.uuid;
import static coop.smart.persistence.Columns.values;

import coop.smart.core.activity.ActivityId;
import coop.smart.core.client.ClientId;
import coop.smart.core.contract.Contract;
import coop.smart.core.contract.ContractId;
import coop.smart.core.contract.ContractRepository;
import coop.smart.core.contract.ContractStatus;
import coop.smart.core.contract.WorkDay;
import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.error.ReferenceNotStoredException;
import coop.smart.core.member.MemberId;
import coop.smart.core.money.Rate;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * Contracts and their work days, on the handle of a transaction. Written on Jdbi's handle rather
 * than as a SqlObject: drafting a contract is the busiest write of the API, and new contracts are
 * inserted with their days, their references checked, in one statement.
 */
final class ContractDao {

  /** A row of {@code contracts}; its work days are rows of their own. */
  record Row(String entity, UUID id, UUID memberId, UUID clientId, UUID activityId, ContractType contractType, String structure,
             HolderKind holder, LocalDate startDate, LocalDate endDate, String currency, Money invoicedAmount, Money expenses,
             BigDecimal withholdingRate, ContractStatus status, LocalDate declaredOn, LocalDate salaryDueOn, long version) {

    /**
     * The contract's row, with its salary's payment date under the rules of {@code entity} while it
     * awaits its salary: what a run looks it up by. Once paid or cancelled it has none, so contracts
     * of years the rules do not reach (an entity's history before them) are stored as they are.
     */
    static Row of(Contract contract, NationalEntity entity) {
      if (!contract.expenses().getCurrencyUnit().equals(contract.invoicedAmount().getCurrencyUnit())) {
        throw new IllegalArgumentException("contract " + contract.id() + " mixes currencies: " + contract.invoicedAmount() + " and " + contract.expenses());
      }
      return new Row(contract.entity().value(), contract.id().value(), contract.member().value(),
          contract.client() == null ? null : contract.client().value(),
          contract.activity() == null ? null : contract.activity().value(), contract.type(), contract.structure(), contract.holder(),
          contract.start(), contract.end(), contract.invoicedAmount().getCurrencyUnit().getCode(), contract.invoicedAmount(),
          contract.expenses(), contract.withholdingRate().value(), contract.status(), contract.declaredOn(),
          contract.awaitsSalary() ? contract.salaryPaymentDate(entity) : null, contract.version());
    }

    static Row read(ResultSet row, StatementContext context) throws SQLException {
      CurrencyUnit currency = CurrencyUnit.of(row.getString("currency"));
      return new Row(row.getString("entity"), uuid(row, "id"), uuid(row, "member_id"), uuid(row, "client_id"), uuid(row, "activity_id"),
          enumerated(ContractType.class, row, "contract_type"), row.getString("structure"), enumerated(HolderKind.class, row, "holder"),
          date(row, "start_date"), date(row, "end_date"), currency.getCode(),
          MoneyColumnMapper.money(currency, row.getBigDecimal("invoiced_amount")), MoneyColumnMapper.money(currency, row.getBigDecimal("expenses")),
          row.getBigDecimal("withholding_rate"), enumerated(ContractStatus.class, row, "status"), date(row, "declared_on"),
          date(row, "salary_due_on"), row.getLong("version"));
    }

    Contract toContract(List<WorkDay> workDays) {
      return new Contract(new ContractId(id), EntityCode.of(entity), new MemberId(memberId), clientId == null ? null : new ClientId(clientId),
          activityId == null ? null : new ActivityId(activityId), contractType, structure, holder, startDate, endDate, workDays,
          invoicedAmount, expenses, new Rate(withholdingRate), status, declaredOn, version);
    }
  }

  /** A row of {@code work_days}: one day of a contract, at its place in the contract's list. */
  record DayRow(String entity, UUID contractId, int line, LocalDate workDate, BigDecimal hours) {

    static List<DayRow> of(Contract contract) {
      return Lines.numbered(contract.workDays(),
          (line, day) -> new DayRow(contract.entity().value(), contract.id().value(), line, day.date(), day.hours()));
    }

  }

  /** Hours worked in a year, found for the contract {@code id} asked about. */
  record YearHours(UUID id, int year, BigDecimal hours) {
  }

  /**
   * The contracts whose member, and client when they name one, are stored in their entity, and the
   * days of those contracts; answers how many contracts it inserted.
   */
  private static final String INSERT = "WITH given AS (SELECT * FROM unnest(CAST(:entity AS CHAR(2)[]), CAST(:id AS UUID[]),"
      + " CAST(:memberId AS UUID[]), CAST(:clientId AS UUID[]), CAST(:activityId AS UUID[]), CAST(:contractType AS VARCHAR[]),"
      + " CAST(:structure AS VARCHAR[]), CAST(:holder AS VARCHAR[]), CAST(:startDate AS DATE[]), CAST(:endDate AS DATE[]),"
      + " CAST(:currency AS CHAR(3)[]), CAST(:invoicedAmount AS NUMERIC[]), CAST(:expenses AS NUMERIC[]),"
      + " CAST(:withholdingRate AS NUMERIC[]), CAST(:status AS VARCHAR[]), CAST(:declaredOn AS DATE[]), CAST(:salaryDueOn AS DATE[]),"
      + " CAST(:version AS BIGINT[])) AS given (entity, id, member_id, client_id, activity_id, contract_type, structure, holder,"
      + " start_date, end_date, currency, invoiced_amount, expenses, withholding_rate, status, declared_on, salary_due_on, version)),"
      + " contract AS (INSERT INTO contracts (entity, id, member_id, client_id, activity_id, contract_type, structure, holder, start_date,"
      + " end_date, currency, invoiced_amount, expenses, withholding_rate, status, declared_on, salary_due_on, version)"
      + " SELECT * FROM given WHERE EXISTS (SELECT 1 FROM members WHERE members.entity = given.entity AND members.id = given.member_id)"
      + " AND (given.client_id IS NULL"
      + " OR EXISTS (SELECT 1 FROM clients WHERE clients.entity = given.entity AND clients.id = given.client_id))"
      + " RETURNING id),"
      + " day AS (INSERT INTO work_days (entity, contract_id, line, work_date, hours)"
      + " SELECT day.* FROM unnest(CAST(:dayEntity AS CHAR(2)[]), CAST(:dayContract AS UUID[]), CAST(:dayLine AS INTEGER[]),"
      + " CAST(:dayDate AS DATE[]), CAST(:dayHours AS NUMERIC[])) AS day (entity, contract_id, line, work_date, hours)"
      + " JOIN contract ON contract.id = day.contract_id)"
      + " SELECT COUNT(*) FROM contract";

  /** The members and clients, among those named, that are not stored in the entity. */
  private static final String NOT_STORED = "SELECT 1 AS place, 'member' AS field, named.id FROM unnest(CAST(:members AS UUID[])) AS named (id)"
      + " WHERE NOT EXISTS (SELECT 1 FROM members WHERE members.entity = :entity AND members.id = named.id)"
      + " UNION ALL SELECT 2, 'client', named.id FROM unnest(CAST(:clients AS UUID[])) AS named (id)"
      + " WHERE NOT EXISTS (SELECT 1 FROM clients WHERE clients.entity = :entity AND clients.id = named.id) ORDER BY place, id";

  /**
   * Contracts, each with its days in the order of their lines as two arrays (dates and hours), null
   * for none: contracts are read with their days in one statement.
   */
  private static final String WITH_DAYS = "SELECT contracts.*, days.work_dates, days.work_hours FROM contracts CROSS JOIN LATERAL"
      + " (SELECT array_agg(d.work_date ORDER BY d.line) AS work_dates, array_agg(d.hours ORDER BY d.line) AS work_hours FROM work_days d"
      + " WHERE d.entity = contracts.entity AND d.contract_id = contracts.id) AS days";

  /**
   * What a contract's life changes, for each contract given still at the version before its own;
   * its terms, parties and work days are those it was drafted with. Answers the ids written.
   */
  private static final String UPDATE = "UPDATE contracts SET status = given.status, declared_on = given.declared_on,"
      + " salary_due_on = given.salary_due_on, version = given.version"
      + " FROM unnest(CAST(:id AS UUID[]), CAST(:status AS VARCHAR[]), CAST(:declaredOn AS DATE[]), CAST(:salaryDueOn AS DATE[]),"
      + " CAST(:version AS BIGINT[])) AS given (id, status, declared_on, salary_due_on, version)"
      + " WHERE contracts.entity = :entity AND contracts.id = given.id AND contracts.version = given.version - 1 RETURNING contracts.id";

  private final Handle handle;

  ContractDao(Handle handle) {
    this.handle = handle;
  }

  /**
   * Inserts the contracts and their days in one statement, whatever their number.
   *
   * @throws ReferenceNotStoredException naming each member and client not stored in the entity, when
   *     one of them names such a member or client (read only then, so a draft checks its parties
   *     without reading them)
   */
  void insert(List<Row> rows, List<DayRow> days) {
    int inserted = handle.createQuery(INSERT)
        .bind("entity", column(rows, Row::entity))
        .bind("id", column(rows, Row::id))
        .bind("memberId", column(rows, Row::memberId))
        .bind("clientId", column(rows, Row::clientId))
        .bind("activityId", column(rows, Row::activityId))
        .bind("contractType", column(rows, Row::contractType))
        .bind("structure", column(rows, Row::structure))
        .bind("holder", column(rows, Row::holder))
        .bind("startDate", column(rows, Row::startDate))
        .bind("endDate", column(rows, Row::endDate))
        .bind("currency", column(rows, Row::currency))
        .bind("invoicedAmount", column(rows, row -> row.invoicedAmount().getAmount()))
        .bind("expenses", column(rows, row -> row.expenses().getAmount()))
        .bind("withholdingRate", column(rows, Row::withholdingRate))
        .bind("status", column(rows, Row::status))
        .bind("declaredOn", column(rows, Row::declaredOn))
        .bind("salaryDueOn", column(rows, Row::salaryDueOn))
        .bind("version", column(rows, Row::version))
        .bind("dayEntity", column(days, DayRow::entity))
        .bind("dayContract", column(days, DayRow::contractId))
        .bind("dayLine", column(days, DayRow::line))
        .bind("dayDate", column(days, DayRow::workDate))
        .bind("dayHours", column(days, DayRow::hours))
        .mapTo(Integer.class).one();
    if (inserted < rows.size()) throw notStored(rows);
  }

  private ReferenceNotStoredException notStored(List<Row> rows) {
    String entity = rows.get(0).entity();
    Map<String, List<UUID>> notStored = new LinkedHashMap<>();
    handle.createQuery(NOT_STORED).bind("entity", entity)
        .bind("members", values(rows.stream().map(Row::memberId).distinct().toList()))
        .bind("clients", values(rows.stream().map(Row::clientId).filter(Objects::nonNull).distinct().toList()))
        .map((row, context) -> Map.entry(row.getString("field"), uuid(row, "id")))
        .forEach(named -> notStored.computeIfAbsent(named.getKey(), field -> new ArrayList<>()).add(named.getValue()));
    if (notStored.isEmpty()) throw new IllegalStateException("contracts left out of their insert name only members and clients stored in " + entity);
    return ReferenceNotStoredException.of(entity, notStored);
  }

  /** Writes each row's contract, if still at the version before the row's, in one statement; answers the rows changed of each, 1 or 0. */
  int[] update(String entity, List<Row> rows) {
    Set<UUID> written = new HashSet<>(handle.createQuery(UPDATE).bind("entity", entity)
        .bind("id", column(rows, Row::id))
        .bind("status", column(rows, Row::status))
        .bind("declaredOn", column(rows, Row::declaredOn))
        .bind("salaryDueOn", column(rows, Row::salaryDueOn))
        .bind("version", column(rows, Row::version))
        .mapTo(UUID.class).list());
    return rows.stream().mapToInt(row -> written.contains(row.id()) ? 1 : 0).toArray();
  }

  List<Contract> findAll(String entity, Collection<UUID> ids) {
    return handle.createQuery(WITH_DAYS + " WHERE entity = :entity AND id = ANY(CAST(:ids AS UUID[]))")
        .bind("entity", entity).bind("ids", values(ids)).map(ContractDao::contract).list();
  }

  List<Contract> ofMemberFirst(String entity, UUID memberId, int limit) {
    return handle.createQuery(WITH_DAYS + " WHERE entity = :entity AND member_id = :memberId ORDER BY id LIMIT :limit")
        .bind("entity", entity).bind("memberId", memberId).bind("limit", limit).map(ContractDao::contract).list();
  }

  List<Contract> ofMemberAfter(String entity, UUID memberId, UUID after, int limit) {
    return handle.createQuery(WITH_DAYS + " WHERE entity = :entity AND member_id = :memberId AND id > :after ORDER BY id LIMIT :limit")
        .bind("entity", entity).bind("memberId", memberId).bind("after", after).bind("limit", limit).map(ContractDao::contract).list();
  }

  /** Each member's binding contracts, counted through its index no further than {@code atMost}; a member with none is left out. */
  Map<UUID, Integer> countBinding(String entity, List<UUID> members, List<ContractStatus> binding, int atMost) {
    return handle.createQuery("SELECT m.id, counted.n FROM unnest(CAST(:members AS UUID[])) AS m(id) CROSS JOIN LATERAL"
            + " (SELECT COUNT(*) AS n FROM (SELECT 1 FROM contracts WHERE entity = :entity AND member_id = m.id"
            + " AND status = ANY(CAST(:binding AS VARCHAR[])) LIMIT :atMost) limited) counted WHERE counted.n > 0")
        .bind("entity", entity).bind("members", values(members))
        .bind("binding", column(binding, ContractStatus::name)).bind("atMost", atMost)
        .reduceRows(new HashMap<UUID, Integer>(), (counted, row) -> {
          counted.put(row.getColumn("id", UUID.class), row.getColumn("n", Integer.class));
          return counted;
        });
  }

  /**
   * For each contract asked about: hours per year of the days worked from its {@code workedFrom}
   * under its member's binding contracts of its type, started from its {@code startedFrom}, that
   * come before it. The contracts asked about are distinct, so no day is summed twice for one.
   */
  List<YearHours> hoursBefore(String entity, List<ContractRepository.QuotaAsked> asked, List<ContractStatus> binding) {
    return handle.createQuery("SELECT asked.id, CAST(EXTRACT(YEAR FROM d.work_date) AS INTEGER) AS year, SUM(d.hours) AS hours"
            + " FROM unnest(CAST(:ids AS UUID[]), CAST(:members AS UUID[]), CAST(:types AS VARCHAR[]), CAST(:starts AS DATE[]),"
            + " CAST(:startedFrom AS DATE[]), CAST(:workedFrom AS DATE[])) AS asked (id, member_id, contract_type, start_date, started_from, worked_from)"
            + " JOIN contracts c ON c.entity = :entity AND c.member_id = asked.member_id AND c.contract_type = asked.contract_type"
            + " AND c.status = ANY(CAST(:binding AS VARCHAR[])) AND c.start_date >= asked.started_from"
            + " AND (c.start_date, c.id) < (asked.start_date, asked.id)"
            + " JOIN work_days d ON d.entity = c.entity AND d.contract_id = c.id AND d.work_date >= asked.worked_from"
            + " GROUP BY asked.id, 2")
        .bind("entity", entity)
        .bind("ids", column(asked, one -> one.contract().id().value()))
        .bind("members", column(asked, one -> one.contract().member().value()))
        .bind("types", column(asked, one -> one.contract().type().name()))
        .bind("starts", column(asked, one -> one.contract().start()))
        .bind("startedFrom", column(asked, ContractRepository.QuotaAsked::startedFrom))
        .bind("workedFrom", column(asked, ContractRepository.QuotaAsked::workedFrom))
        .bind("binding", column(binding, ContractStatus::name))
        .map((row, context) -> new YearHours(row.getObject("id", UUID.class), row.getInt("year"), row.getBigDecimal("hours"))).list();
  }

  List<Contract> fundedAwaitingSalary(String entity, LocalDate on) {
    return handle.createQuery(WITH_DAYS + " WHERE entity = :entity AND client_id IS NULL AND status = 'DECLARED'"
            + " AND salary_due_on <= :on ORDER BY end_date, id")
        .bind("entity", entity).bind("on", on).map(ContractDao::contract).list();
  }

  /** A contract of a row of {@link #WITH_DAYS}: its row, and its days from the arrays beside it. */
  private static Contract contract(ResultSet row, StatementContext context) throws SQLException {
    java.sql.Array dateArray = row.getArray("work_dates");
    if (dateArray == null) return Row.read(row, context).toContract(List.of());
    Object[] dates = (Object[]) dateArray.getArray();
    Object[] hours = (Object[]) row.getArray("work_hours").getArray();
    List<WorkDay> days = new ArrayList<>(dates.length);
    for (int i = 0; i < dates.length; i++) days.add(new WorkDay(((java.sql.Date) dates[i]).toLocalDate(), (BigDecimal) hours[i]));
    return Row.read(row, context).toContract(days);
  }
}
