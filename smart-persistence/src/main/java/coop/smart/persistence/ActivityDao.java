package coop.smart.persistence;

import coop.smart.core.activity.Activity;
import coop.smart.core.activity.ActivityId;
import coop.smart.core.activity.HorecaPremises;
import coop.smart.core.activity.Sector;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.member.MemberId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.BindMethods;
import org.jdbi.v3.sqlobject.statement.SqlBatch;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

/** Activities and their administrators; the administrators are rewritten whole when an activity is saved. */
@RegisterConstructorMapper(ActivityDao.Row.class)
interface ActivityDao {

  /** A row of {@code activities}; its administrators are rows of their own. */
  record Row(String entity, UUID id, String name, String sectorName, boolean sectorHoreca, HorecaPremises sectorPremises,
             int closedThrough, long version) {

    static Row of(Activity activity) {
      Sector sector = activity.sector();
      return new Row(activity.entity().value(), activity.id().value(), activity.name(), sector.name(), sector.horeca(), sector.premises(),
          activity.closedThrough(), activity.version());
    }

    Activity toActivity(List<UUID> administrators) {
      Set<MemberId> members = administrators.stream().map(MemberId::new).collect(Collectors.toSet());
      return new Activity(new ActivityId(id), EntityCode.of(entity), name, new Sector(sectorName, sectorHoreca, sectorPremises), members,
          closedThrough, version);
    }
  }

  /** A row of {@code activity_administrators}. */
  record AdministratorRow(String entity, UUID activityId, UUID memberId) {

    static List<AdministratorRow> of(Activity activity) {
      return activity.administrators().stream()
          .map(member -> new AdministratorRow(activity.entity().value(), activity.id().value(), member.value())).toList();
    }
  }

  @SqlBatch("INSERT INTO activities (entity, id, name, sector_name, sector_horeca, sector_premises, closed_through, version)"
      + " VALUES (:entity, :id, :name, :sectorName, :sectorHoreca, :sectorPremises, :closedThrough, :version)")
  void insert(@BindMethods List<Row> rows);

  @SqlUpdate("UPDATE activities SET name = :name, sector_name = :sectorName, sector_horeca = :sectorHoreca,"
      + " sector_premises = :sectorPremises, closed_through = :closedThrough, version = :version"
      + " WHERE entity = :entity AND id = :id AND version = :version - 1")
  int update(@BindMethods Row row);

  @SqlBatch("INSERT INTO activity_administrators (entity, activity_id, member_id) VALUES (:entity, :activityId, :memberId)")
  void insertAdministrators(@BindMethods List<AdministratorRow> administrators);

  @SqlUpdate("DELETE FROM activity_administrators WHERE entity = :entity AND activity_id = :activityId")
  void deleteAdministrators(String entity, UUID activityId);

  @SqlQuery("SELECT * FROM activities WHERE entity = :entity AND id = :id")
  Optional<Row> find(String entity, UUID id);

  @SqlQuery("SELECT activity_id FROM activity_administrators WHERE entity = :entity AND member_id = :memberId ORDER BY activity_id")
  List<UUID> administeredBy(String entity, UUID memberId);

  @SqlQuery("SELECT member_id FROM activity_administrators WHERE entity = :entity AND activity_id = :activityId ORDER BY member_id")
  List<UUID> administrators(String entity, UUID activityId);
}
