package coop.smart.persistence;

import coop.smart.core.activity.Activity;
import coop.smart.core.activity.ActivityId;
import coop.smart.core.activity.ActivityRepository;
import coop.smart.core.entity.EntityCode;
import java.util.Optional;

/**
 * The activities of one entity in the {@code activities} table, each with its administrators
 * in {@code activity_administrators}; the administrators must be members stored in the same
 * entity. An activity's budget is its accounts in the ledger.
 */
public final class JdbiActivityRepository extends VersionedStore<Activity, ActivityId, ActivityDao> implements ActivityRepository {

  public JdbiActivityRepository(Database database, EntityCode entity) {
    super(database, entity, ActivityDao.class, "activities", "activity");
  }

  @Override
  void insert(ActivityDao dao, Activity stored) {
    dao.insert(ActivityDao.Row.of(stored));
    dao.insertAdministrators(ActivityDao.AdministratorRow.of(stored));
  }

  @Override
  int update(ActivityDao dao, Activity stored) {
    int updated = dao.update(ActivityDao.Row.of(stored));
    if (updated == 1) {
      dao.deleteAdministrators(entity.value(), stored.id().value());
      dao.insertAdministrators(ActivityDao.AdministratorRow.of(stored));
    }
    return updated;
  }

  @Override
  Optional<Activity> find(ActivityDao dao, ActivityId id) {
    return dao.find(entity.value(), id.value()).map(row -> row.toActivity(dao.administrators(entity.value(), id.value())));
  }
}
