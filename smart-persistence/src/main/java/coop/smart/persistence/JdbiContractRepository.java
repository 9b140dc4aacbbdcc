package coop.smart.persistence;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

import coop.smart.core.contract.Contract;
import coop.smart.core.contract.ContractId;
import coop.smart.core.contract.ContractRepository;
import coop.smart.core.contract.WorkDay;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.member.MemberId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The contracts of one entity in the {@code contracts} table, each with its work days in
 * {@code work_days}. A contract's member, and its client or activity, must be stored in the same entity first.
 */
public final class JdbiContractRepository extends VersionedStore<Contract, ContractId, ContractDao> implements ContractRepository {

  public JdbiContractRepository(Database database, EntityCode entity) {
    super(database, entity, ContractDao.class, "contracts", "contract", ContractId::value, ContractId::new);
  }

  @Override
  void insert(ContractDao dao, List<Contract> stored) {
    dao.insert(stored.stream().map(ContractDao.Row::of).toList());
  }

  @Override
  int update(ContractDao dao, Contract stored) {
    return dao.update(ContractDao.Row.of(stored));
  }

  @Override
  void insertParts(ContractDao dao, List<Contract> stored) {
    dao.insertDays(stored.stream().flatMap(contract -> ContractDao.DayRow.of(contract).stream()).toList());
  }

  @Override
  void deleteParts(ContractDao dao, Contract stored) {
    dao.deleteDays(entity.value(), stored.id().value());
  }

  @Override
  Optional<Contract> find(ContractDao dao, ContractId id) {
    return dao.find(entity.value(), id.value())
        .map(row -> row.toContract(dao.days(entity.value(), id.value()).stream().map(ContractDao.DayRow::toWorkDay).toList()));
  }

  @Override
  public List<Contract> ofMember(MemberId member) {
    return reading(dao -> {
      Map<UUID, List<WorkDay>> days = dao.daysOfMember(entity.value(), member.value()).stream()
          .collect(groupingBy(ContractDao.DayRow::contractId, mapping(ContractDao.DayRow::toWorkDay, toList())));
      return dao.ofMember(entity.value(), member.value()).stream().map(row -> row.toContract(days.getOrDefault(row.id(), List.of()))).toList();
    });
  }

  @Override
  public List<Contract> ofMember(MemberId member, ContractId after, int limit) {
    if (limit < 1) throw new IllegalArgumentException("a page holds at least one contract, not " + limit);
    return reading(dao -> withDays(dao, after == null ? dao.ofMemberFirst(entity.value(), member.value(), limit)
        : dao.ofMemberAfter(entity.value(), member.value(), after.value(), limit)));
  }

  @Override
  public List<Contract> fundedAwaitingSalary() {
    return reading(dao -> withDays(dao, dao.fundedAwaitingSalary(entity.value())));
  }

  private List<Contract> withDays(ContractDao dao, List<ContractDao.Row> rows) {
    if (rows.isEmpty()) return List.of();
    // The rows' days in one query, not one per contract.
    Map<UUID, List<WorkDay>> days = dao.daysOf(entity.value(), rows.stream().map(ContractDao.Row::id).toList()).stream()
        .collect(groupingBy(ContractDao.DayRow::contractId, mapping(ContractDao.DayRow::toWorkDay, toList())));
    return rows.stream().map(row -> row.toContract(days.getOrDefault(row.id(), List.of()))).toList();
  }
}
