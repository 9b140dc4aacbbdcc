package coop.smart.persistence;

import coop.smart.core.activity.Activity;
import coop.smart.core.activity.ActivityId;
import coop.smart.core.activity.ActivityRepository;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.member.MemberId;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The activities of one entity in the {@code activities} table, each with its administrators
 * in {@code activity_administrators}; the administrators must be members stored in the same
 * entity. An activity's budget is its accounts in the ledger.
 */
public final class JdbiActivityRepository extends VersionedStore<Activity, ActivityId, ActivityDao> implements ActivityRepository {

  public JdbiActivityRepository(Database database, EntityCode entity) {
    super(database, entity, ActivityDao::new, "activities", "activity", ActivityId::value, ActivityId::new);
  }

  @Override
  void insert(ActivityDao dao, List<Activity> stored) {
    dao.insert(stored.stream().map(ActivityDao.Row::of).toList());
  }

  @Override
  int update(ActivityDao dao, Activity stored) {
    return updateAll(dao, List.of(stored))[0];
  }

  @Override
  int[] updateAll(ActivityDao dao, List<Activity> stored) {
    return dao.update(entity.value(), stored.stream().map(ActivityDao.Row::of).toList());
  }

  @Override
  void insertParts(ActivityDao dao, List<Activity> stored) {
    dao.writeAdministrators(entity.value(), stored.stream().map(activity -> activity.id().value()).toList(),
        stored.stream().flatMap(activity -> ActivityDao.AdministratorRow.of(activity).stream()).toList());
  }

  /** The statement writing the administrators writes only those that changed, so none is deleted first. */
  @Override
  void updateParts(ActivityDao dao, List<Activity> stored) {
    insertParts(dao, stored);
  }

  @Override
  List<Activity> findAll(ActivityDao dao, Collection<UUID> ids) {
    return dao.findAll(entity.value(), ids);
  }

  @Override
  public List<Activity> administeredBy(MemberId member) {
    return reading(dao -> inOrder(dao, dao.administeredBy(entity.value(), member.value())));
  }
}
