package coop.smart.persistence;

import java.util.Collection;
import coop.smart.core.activity.ActivityId;
import coop.smart.core.client.ClientId;
import coop.smart.core.contract.Contract;
import coop.smart.core.contract.ContractId;
import coop.smart.core.contract.ContractStatus;
import coop.smart.core.contract.WorkDay;
import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.member.MemberId;
import coop.smart.core.money.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindList;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.joda.money.Money;

/** Contracts and their work days; the days of a contract are rewritten whole when it is saved. */
@RegisterConstructorMapper(ContractDao.Row.class)
@RegisterConstructorMapper(ContractDao.DayRow.class)
interface ContractDao {

  /** A row of {@code contracts}; its work days are rows of their own. */
  record Row(String entity, UUID id, UUID memberId, UUID clientId, UUID activityId, ContractType contractType, String structure,
             HolderKind holder, LocalDate startDate, LocalDate endDate, String currency, Money invoicedAmount, Money expenses,
             BigDecimal withholdingRate, ContractStatus status, LocalDate declaredOn, long version) {

    static Row of(Contract contract) {
      if (!contract.expenses().getCurrencyUnit().equals(contract.invoicedAmount().getCurrencyUnit())) {
        throw new IllegalArgumentException("contract " + contract.id() + " mixes currencies: " + contract.invoicedAmount() + " and " + contract.expenses());
      }
      return new Row(contract.entity().value(), contract.id().value(), contract.member().value(),
          contract.client() == null ? null : contract.client().value(),
          contract.activity() == null ? null : contract.activity().value(), contract.type(), contract.structure(), contract.holder(),
          contract.start(), contract.end(), contract.invoicedAmount().getCurrencyUnit().getCode(), contract.invoicedAmount(),
          contract.expenses(), contract.withholdingRate().value(), contract.status(), contract.declaredOn(), contract.version());
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

    WorkDay toWorkDay() {
      return new WorkDay(workDate, hours);
    }
  }

  @SqlBatch("INSERT INTO contracts (entity, id, member_id, client_id, activity_id, contract_type, structure, holder, start_date, end_date,"
      + " currency, invoiced_amount, expenses, withholding_rate, status, declared_on, version)"
      + " VALUES (:entity, :id, :memberId, :clientId, :activityId, :contractType, :structure, :holder, :startDate, :endDate,"
      + " :currency, :invoicedAmount, :expenses, :withholdingRate, :status, :declaredOn, :version)")
  void insert(@BindMethods List<Row> rows);

  @SqlUpdate("UPDATE contracts SET member_id = :memberId, client_id = :clientId, activity_id = :activityId, contract_type = :contractType,"
      + " structure = :structure, holder = :holder, start_date = :startDate, end_date = :endDate, currency = :currency,"
      + " invoiced_amount = :invoicedAmount, expenses = :expenses, withholding_rate = :withholdingRate, status = :status,"
      + " declared_on = :declaredOn, version = :version"
      + " WHERE entity = :entity AND id = :id AND version = :version - 1")
  int update(@BindMethods Row row);

  @SqlBatch("INSERT INTO work_days (entity, contract_id, line, work_date, hours) VALUES (:entity, :contractId, :line, :workDate, :hours)")
  void insertDays(@BindMethods List<DayRow> days);

  @SqlQuery("SELECT * FROM contracts WHERE entity = :entity AND id IN (<ids>)")
  List<Row> findAll(String entity, @BindList("ids") Collection<UUID> ids);

  @SqlQuery("SELECT * FROM contracts WHERE entity = :entity AND member_id = :memberId ORDER BY id LIMIT :limit")
  List<Row> ofMemberFirst(String entity, UUID memberId, int limit);

  @SqlQuery("SELECT * FROM contracts WHERE entity = :entity AND member_id = :memberId AND id > :after ORDER BY id LIMIT :limit")
  List<Row> ofMemberAfter(String entity, UUID memberId, UUID after, int limit);

  @SqlQuery("SELECT COUNT(*) FROM (SELECT 1 FROM contracts WHERE entity = :entity AND member_id = :memberId AND id <> :excluded"
      + " AND status IN (<binding>) LIMIT :atMost) counted")
  int countBinding(String entity, UUID memberId, UUID excluded, @BindList("binding") List<ContractStatus> binding, int atMost);

  /** Hours per year of the days worked from {@code workedFrom} under the binding contracts of a type that come before a contract. */
  @SqlQuery("SELECT CAST(EXTRACT(YEAR FROM d.work_date) AS INTEGER) AS year, SUM(d.hours) AS hours"
      + " FROM contracts c JOIN work_days d ON d.entity = c.entity AND d.contract_id = c.id"
      + " WHERE c.entity = :entity AND c.member_id = :memberId AND c.contract_type = :type AND c.status IN (<binding>)"
      + " AND c.start_date >= :startedFrom AND (c.start_date, c.id) < (:start, :id) AND d.work_date >= :workedFrom"
      + " GROUP BY 1")
  @RegisterConstructorMapper(YearHours.class)
  List<YearHours> hoursBefore(String entity, UUID memberId, ContractType type, @BindList("binding") List<ContractStatus> binding,
                              LocalDate startedFrom, LocalDate start, UUID id, LocalDate workedFrom);

  /** Hours worked in a year. */
  record YearHours(int year, BigDecimal hours) {
  }

  @SqlQuery("SELECT * FROM contracts WHERE entity = :entity AND client_id IS NULL AND status = 'DECLARED'"
      + " AND GREATEST(end_date, declared_on) <= :on ORDER BY end_date, id")
  List<Row> fundedAwaitingSalary(String entity, LocalDate on);

  @SqlQuery("SELECT * FROM work_days WHERE entity = :entity AND contract_id IN (<contractIds>) ORDER BY contract_id, line")
  List<DayRow> daysOf(String entity, @BindList("contractIds") Collection<UUID> contractIds);
}
