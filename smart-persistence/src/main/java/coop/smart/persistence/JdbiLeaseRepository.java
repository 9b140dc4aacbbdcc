package coop.smart.persistence;

import coop.smart.core.activity.ActivityId;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.leasing.Lease;
import coop.smart.core.leasing.LeaseId;
import coop.smart.core.leasing.LeaseRepository;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The equipment leases of one entity in the {@code leases} table, with their equipment and
 * amendments in tables of their own; their schedules are derived again on reading. A lease's
 * activity must be stored in the same entity first.
 */
public final class JdbiLeaseRepository extends VersionedStore<Lease, LeaseId, LeaseDao> implements LeaseRepository {

  public JdbiLeaseRepository(Database database, EntityCode entity) {
    super(database, entity, handle -> handle.attach(LeaseDao.class), "leases", "lease", LeaseId::value, LeaseId::new);
  }

  @Override
  void insert(LeaseDao dao, List<Lease> stored) {
    dao.insert(stored.stream().map(LeaseDao.Row::of).toList());
  }

  @Override
  int update(LeaseDao dao, Lease stored) {
    return dao.update(LeaseDao.Row.of(stored));
  }

  @Override
  void insertParts(LeaseDao dao, List<Lease> stored) {
    dao.insertParts(stored);
  }

  @Override
  void deleteParts(LeaseDao dao, Lease stored) {
    dao.deleteParts(stored);
  }

  @Override
  List<Lease> findAll(LeaseDao dao, Collection<UUID> ids) {
    LeaseDao.Parts parts = LeaseDao.Parts.read(dao, entity.value(), ids);
    return dao.findAll(entity.value(), Columns.values(ids)).stream().map(parts::of).toList();
  }

  @Override
  public List<Lease> ofActivity(ActivityId activity) {
    return reading(dao -> {
      List<LeaseDao.Row> rows = dao.ofActivity(entity.value(), activity.value());
      LeaseDao.Parts parts = LeaseDao.Parts.read(dao, entity.value(), rows.stream().map(LeaseDao.Row::id).toList());
      return rows.stream().map(parts::of).toList();
    });
  }
}
