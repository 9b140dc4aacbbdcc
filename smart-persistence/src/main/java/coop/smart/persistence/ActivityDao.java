package coop.smart.persistence;

import static coop.smart.persistence.Columns.column;
import static coop.smart.persistence.Columns.enumerated;
import static coop.smart.persistence.Columns.uuid;
import static coop.smart.persistence.Columns.values;

import coop.smart.core.activity.Activity;
import coop.smart.core.activity.ActivityId;
import coop.smart.core.activity.HorecaPremises;
import coop.smart.core.activity.Sector;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.member.MemberId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Activities and their administrators (and invited members), on the handle of each transaction
 * with Jdbi's core API: every contract funded by a budget, and every budget moved, reads and saves
 * its activity, and a SqlObject would be attached and its handlers looked up each time.
 */
final class ActivityDao {

  /** A row of {@code activities}; its administrators are rows of their own. */
  record Row(String entity, UUID id, String name, String sectorName, boolean sectorHoreca, HorecaPremises sectorPremises,
             int closedThrough, long version) {

    static Row of(Activity activity) {
      Sector sector = activity.sector();
      return new Row(activity.entity().value(), activity.id().value(), activity.name(), sector.name(), sector.horeca(), sector.premises(),
          activity.closedThrough(), activity.version());
    }

    Activity toActivity(List<AdministratorRow> administrators) {
      return new Activity(new ActivityId(id), EntityCode.of(entity), name, new Sector(sectorName, sectorHoreca, sectorPremises),
          members(administrators, false), members(administrators, true), closedThrough, version);
    }

    private static Set<MemberId> members(List<AdministratorRow> administrators, boolean invited) {
      return administrators.stream().filter(row -> row.invited() == invited).map(row -> new MemberId(row.memberId())).collect(Collectors.toSet());
    }
  }

  /** A row of {@code activity_administrators}: an administrator, or a member invited to be one. */
  record AdministratorRow(UUID activityId, UUID memberId, boolean invited) {

    static List<AdministratorRow> of(Activity activity) {
      return Stream.concat(
          activity.administrators().stream().map(member -> new AdministratorRow(activity.id().value(), member.value(), false)),
          activity.invited().stream().map(member -> new AdministratorRow(activity.id().value(), member.value(), true)))
          .toList();
    }
  }

  private final Handle handle;

  ActivityDao(Handle handle) {
    this.handle = handle;
  }

  void insert(List<Row> rows) {
    withRows(handle.createUpdate("INSERT INTO activities (entity, id, name, sector_name, sector_horeca, sector_premises, closed_through, version)"
            + " SELECT * FROM unnest(CAST(:entity AS CHAR(2)[]), CAST(:id AS UUID[]), CAST(:name AS VARCHAR[]), CAST(:sectorName AS VARCHAR[]),"
            + " CAST(:sectorHoreca AS BOOLEAN[]), CAST(:sectorPremises AS VARCHAR[]), CAST(:closedThrough AS INTEGER[]), CAST(:version AS BIGINT[]))"), rows)
        .bind("entity", column(rows, Row::entity))
        .execute();
  }

  /**
   * Updates each row still at the version before its own, in one statement: a day's declarations
   * move the budgets of many activities. The rows are locked first in the order of their ids, so
   * two statements updating activities in common wait for each other instead of deadlocking.
   * Answers 1 for each row updated, 0 for each left as it was.
   */
  int[] update(String entity, List<Row> rows) {
    Set<UUID> written = new HashSet<>(withRows(handle.createQuery("WITH given AS (SELECT * FROM unnest(CAST(:id AS UUID[]), CAST(:name AS VARCHAR[]),"
            + " CAST(:sectorName AS VARCHAR[]), CAST(:sectorHoreca AS BOOLEAN[]), CAST(:sectorPremises AS VARCHAR[]), CAST(:closedThrough AS INTEGER[]),"
            + " CAST(:version AS BIGINT[])) AS given (id, name, sector_name, sector_horeca, sector_premises, closed_through, version)),"
            + " locked AS (SELECT a.id FROM activities a WHERE a.entity = :entity AND a.id IN (SELECT id FROM given) ORDER BY a.id FOR UPDATE)"
            + " UPDATE activities SET name = given.name, sector_name = given.sector_name, sector_horeca = given.sector_horeca,"
            + " sector_premises = given.sector_premises, closed_through = given.closed_through, version = given.version FROM given"
            + " WHERE activities.entity = :entity AND activities.id = given.id AND activities.id IN (SELECT id FROM locked)"
            + " AND activities.version = given.version - 1 RETURNING activities.id"), rows)
        .bind("entity", entity)
        .mapTo(UUID.class).list());
    return rows.stream().mapToInt(row -> written.contains(row.id()) ? 1 : 0).toArray();
  }

  /** The statement with the columns of {@code rows} bound, but the entity's: an insert binds one per row, an update one for all. */
  private static <S extends SqlStatement<S>> S withRows(S statement, List<Row> rows) {
    return statement
        .bind("id", column(rows, Row::id))
        .bind("name", column(rows, Row::name))
        .bind("sectorName", column(rows, Row::sectorName))
        .bind("sectorHoreca", column(rows, Row::sectorHoreca))
        .bind("sectorPremises", column(rows, Row::sectorPremises))
        .bind("closedThrough", column(rows, Row::closedThrough))
        .bind("version", column(rows, Row::version));
  }

  /**
   * Makes the administrators of the activities {@code activityIds} those of {@code administrators},
   * in one statement that writes only what changed: a new activity's are inserted, and a budget
   * moved saves its activity, whose administrators rarely change.
   */
  void writeAdministrators(String entity, Collection<UUID> activityIds, List<AdministratorRow> administrators) {
    handle.createUpdate("WITH given AS (SELECT * FROM unnest(CAST(:activityId AS UUID[]), CAST(:memberId AS UUID[]),"
            + " CAST(:invited AS BOOLEAN[])) AS given (activity_id, member_id, invited)),"
            + " gone AS (DELETE FROM activity_administrators a WHERE a.entity = :entity AND a.activity_id = ANY(CAST(:activities AS UUID[]))"
            + " AND NOT EXISTS (SELECT 1 FROM given WHERE given.activity_id = a.activity_id AND given.member_id = a.member_id))"
            + " INSERT INTO activity_administrators AS a (entity, activity_id, member_id, invited)"
            + " SELECT :entity, activity_id, member_id, invited FROM given"
            + " ON CONFLICT (entity, activity_id, member_id) DO UPDATE SET invited = excluded.invited WHERE a.invited <> excluded.invited")
        .bind("entity", entity).bind("activities", values(activityIds))
        .bind("activityId", column(administrators, AdministratorRow::activityId))
        .bind("memberId", column(administrators, AdministratorRow::memberId))
        .bind("invited", column(administrators, AdministratorRow::invited))
        .execute();
  }

  /**
   * The activities with those ids, each with its administrators and invited members as two arrays
   * beside its row: every contract funded by a budget, and every budget moved, reads its activity.
   */
  List<Activity> findAll(String entity, Collection<UUID> ids) {
    return handle.createQuery("SELECT activities.*, people.member_ids, people.invited FROM activities CROSS JOIN LATERAL"
            + " (SELECT array_agg(a.member_id) AS member_ids, array_agg(a.invited) AS invited FROM activity_administrators a"
            + " WHERE a.entity = activities.entity AND a.activity_id = activities.id) AS people"
            + " WHERE activities.entity = :entity AND activities.id = ANY(CAST(:ids AS UUID[]))")
        .bind("entity", entity).bind("ids", values(ids)).map(ActivityDao::activity).list();
  }

  private static Activity activity(ResultSet row, StatementContext context) throws SQLException {
    String entity = row.getString("entity");
    UUID id = uuid(row, "id");
    List<AdministratorRow> people = new ArrayList<>();
    java.sql.Array members = row.getArray("member_ids");
    if (members != null) {
      Object[] memberIds = (Object[]) members.getArray();
      Object[] invited = (Object[]) row.getArray("invited").getArray();
      for (int i = 0; i < memberIds.length; i++) people.add(new AdministratorRow(id, (UUID) memberIds[i], (Boolean) invited[i]));
    }
    return new Row(entity, id, row.getString("name"), row.getString("sector_name"), row.getBoolean("sector_horeca"),
        enumerated(HorecaPremises.class, row, "sector_premises"), row.getInt("closed_through"), row.getLong("version")).toActivity(people);
  }

  List<UUID> administeredBy(String entity, UUID memberId) {
    return handle.createQuery("SELECT activity_id FROM activity_administrators WHERE entity = :entity AND member_id = :memberId AND NOT invited"
        + " ORDER BY activity_id").bind("entity", entity).bind("memberId", memberId).mapTo(UUID.class).list();
  }
}
