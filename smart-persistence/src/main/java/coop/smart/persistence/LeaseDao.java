package coop.smart.persistence;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;

import coop.smart.core.activity.ActivityId;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.leasing.AddedEquipment;
import coop.smart.core.leasing.Amendment;
import coop.smart.core.leasing.Equipment;
import coop.smart.core.leasing.Lease;
import coop.smart.core.leasing.LeaseId;
import coop.smart.core.leasing.NewTerm;
import coop.smart.core.leasing.Payoff;
import coop.smart.core.money.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.joda.money.Money;

/**
 * Leases, their equipment and their amendments: the terms and history a lease is rebuilt from
 * ({@link Lease#restore}), never its schedules. Equipment and amendments are rewritten whole
 * when a lease is saved; those of several leases are read in one query per table.
 */
@RegisterConstructorMapper(LeaseDao.Row.class)
@RegisterConstructorMapper(LeaseDao.EquipmentRow.class)
@RegisterConstructorMapper(LeaseDao.AmendmentRow.class)
interface LeaseDao {

  /** A row of {@code leases}: the terms as signed, and the payoff if there was one. */
  record Row(String entity, UUID id, UUID activityId, BigDecimal annualRate, int months, LocalDate startDate, String currency,
             LocalDate paidOffOn, Money payoff, long version) {

    static Row of(Lease lease) {
      Optional<Payoff> payoff = lease.payoff();
      return new Row(lease.entity().value(), lease.id().value(), lease.activity().value(), lease.annualRate().value(), lease.months(),
          lease.startDate(), lease.currency().getCode(), payoff.map(Payoff::date).orElse(null), payoff.map(Payoff::amount).orElse(null),
          lease.version());
    }

    Lease toLease(List<EquipmentRow> equipment, List<AmendmentRow> amendments) {
      return Lease.restore(new LeaseId(id), EntityCode.of(entity), new ActivityId(activityId),
          equipment.stream().map(EquipmentRow::toEquipment).toList(), new Rate(annualRate), months, startDate,
          amendments.stream().map(AmendmentRow::toAmendment).toList(), paidOffOn == null ? null : new Payoff(paidOffOn, payoff), version);
    }
  }

  record EquipmentRow(String entity, UUID leaseId, int line, String description, String currency, Money price) {

    Equipment toEquipment() {
      return new Equipment(description, price);
    }
  }

  /** A row of {@code lease_amendments}: the columns of its kind set, the others null. */
  record AmendmentRow(String entity, UUID leaseId, int line, String kind, LocalDate signedOn, String description, String currency,
                      Money price, Integer remainingMonths) {

    static final String ADDED_EQUIPMENT = "ADDED_EQUIPMENT";
    static final String NEW_TERM = "NEW_TERM";

    static AmendmentRow of(Lease lease, int line, Amendment amendment) {
      String entity = lease.entity().value();
      UUID id = lease.id().value();
      String currency = lease.currency().getCode();
      if (amendment instanceof AddedEquipment added) {
        return new AmendmentRow(entity, id, line, ADDED_EQUIPMENT, added.signedOn(), added.equipment().description(), currency,
            added.equipment().price(), null);
      }
      NewTerm term = (NewTerm) amendment; // the only other kind Amendment permits
      return new AmendmentRow(entity, id, line, NEW_TERM, term.signedOn(), null, currency, null, term.remainingMonths());
    }

    Amendment toAmendment() {
      return switch (kind) {
        case ADDED_EQUIPMENT -> new AddedEquipment(signedOn, new Equipment(description, price));
        case NEW_TERM -> new NewTerm(signedOn, remainingMonths);
        default -> throw new IllegalStateException("lease " + leaseId + " of " + entity + " has an amendment of unknown kind " + kind);
      };
    }
  }

  /** The equipment and amendments of one or more leases, by lease, each list in the lease's order. */
  record Parts(Map<UUID, List<EquipmentRow>> equipment, Map<UUID, List<AmendmentRow>> amendments) {

    static Parts read(LeaseDao dao, String entity, Collection<UUID> leases) {
      if (leases.isEmpty()) return new Parts(Map.of(), Map.of());
      Argument ids = Columns.values(leases);
      return new Parts(dao.equipment(entity, ids).stream().collect(groupingBy(EquipmentRow::leaseId, toList())),
          dao.amendments(entity, ids).stream().collect(groupingBy(AmendmentRow::leaseId, toList())));
    }

    Lease of(Row row) {
      return row.toLease(equipment.getOrDefault(row.id(), List.of()), amendments.getOrDefault(row.id(), List.of()));
    }
  }

  /** Writes the equipment and amendments of {@code leases}, one batch per table. */
  default void insertParts(List<Lease> leases) {
    insertEquipment(leases.stream().flatMap(lease -> Lines.numbered(lease.equipment(), (line, item) -> new EquipmentRow(
        lease.entity().value(), lease.id().value(), line, item.description(), lease.currency().getCode(), item.price())).stream()).toList());
    insertAmendments(leases.stream()
        .flatMap(lease -> Lines.numbered(lease.amendments(), (line, amendment) -> AmendmentRow.of(lease, line, amendment)).stream()).toList());
  }

  default void deleteParts(Lease lease) {
    deleteEquipment(lease.entity().value(), lease.id().value());
    deleteAmendments(lease.entity().value(), lease.id().value());
  }

  String OF_LEASES = " WHERE entity = :entity AND lease_id = ANY(CAST(:leases AS UUID[])) ORDER BY lease_id, line";

  @SqlBatch("INSERT INTO leases (entity, id, activity_id, annual_rate, months, start_date, currency, paid_off_on, payoff, version)"
      + " VALUES (:entity, :id, :activityId, :annualRate, :months, :startDate, :currency, :paidOffOn, :payoff, :version)")
  void insert(@BindMethods List<Row> rows);

  @SqlUpdate("UPDATE leases SET activity_id = :activityId, annual_rate = :annualRate, months = :months, start_date = :startDate,"
      + " currency = :currency, paid_off_on = :paidOffOn, payoff = :payoff, version = :version"
      + " WHERE entity = :entity AND id = :id AND version = :version - 1")
  int update(@BindMethods Row row);

  @SqlBatch("INSERT INTO lease_equipment (entity, lease_id, line, description, price, currency)"
      + " VALUES (:entity, :leaseId, :line, :description, :price, :currency)")
  void insertEquipment(@BindMethods List<EquipmentRow> rows);

  @SqlBatch("INSERT INTO lease_amendments (entity, lease_id, line, kind, signed_on, description, price, remaining_months, currency)"
      + " VALUES (:entity, :leaseId, :line, :kind, :signedOn, :description, :price, :remainingMonths, :currency)")
  void insertAmendments(@BindMethods List<AmendmentRow> rows);

  @SqlUpdate("DELETE FROM lease_equipment WHERE entity = :entity AND lease_id = :leaseId")
  void deleteEquipment(String entity, UUID leaseId);

  @SqlUpdate("DELETE FROM lease_amendments WHERE entity = :entity AND lease_id = :leaseId")
  void deleteAmendments(String entity, UUID leaseId);

  @SqlQuery("SELECT * FROM leases WHERE entity = :entity AND id = ANY(CAST(:ids AS UUID[]))")
  List<Row> findAll(String entity, Argument ids);

  @SqlQuery("SELECT * FROM leases WHERE entity = :entity AND activity_id = :activityId ORDER BY start_date, id")
  List<Row> ofActivity(String entity, UUID activityId);

  @SqlQuery("SELECT * FROM lease_equipment" + OF_LEASES)
  List<EquipmentRow> equipment(String entity, Argument leases);

  @SqlQuery("SELECT * FROM lease_amendments" + OF_LEASES)
  List<AmendmentRow> amendments(String entity, Argument leases);
}
