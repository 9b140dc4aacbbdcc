package coop.smart.persistence;

import coop.smart.core.contract.Contract;
import coop.smart.core.contract.ContractId;
import coop.smart.core.contract.ContractRepository;
import coop.smart.core.contract.ContractStatus;
import coop.smart.core.contract.QuotaUsage;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.member.MemberId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The contracts of one entity in the {@code contracts} table, each with its work days in
 * {@code work_days}. A contract's member, and its client, must be stored in the same entity
 * first: its insert checks them, naming each one that is not
 * ({@link coop.smart.core.error.ReferenceNotStoredException}). Saving a stored contract writes the
 * step of its life (status, declaration date, version); its terms, parties and work days are
 * those it was drafted with.
 */
public final class JdbiContractRepository extends VersionedStore<Contract, ContractId, ContractDao> implements ContractRepository {

  private static final List<ContractStatus> BINDING = Arrays.stream(ContractStatus.values()).filter(ContractStatus::isBinding).toList();

  /** The rules of the entity, by which each declared contract is stored with its salary's payment date. */
  private final NationalEntity rules;

  public JdbiContractRepository(Database database, NationalEntity entity) {
    super(database, entity.code(), ContractDao::new, "contracts", "contract", ContractId::value, ContractId::new);
    this.rules = entity;
  }

  /**
   * Inserts the contracts with their work days, in one statement. A contract's work days are those
   * it was drafted with: declaring, invoicing, paying or cancelling it changes its row only.
   */
  @Override
  void insert(ContractDao dao, List<Contract> stored) {
    dao.insert(stored.stream().map(contract -> ContractDao.Row.of(contract, rules)).toList(), stored.stream().flatMap(contract -> ContractDao.DayRow.of(contract).stream()).toList());
  }

  @Override
  int update(ContractDao dao, Contract stored) {
    return updateAll(dao, List.of(stored))[0];
  }

  @Override
  int[] updateAll(ContractDao dao, List<Contract> stored) {
    return dao.update(entity.value(), stored.stream().map(contract -> ContractDao.Row.of(contract, rules)).toList());
  }

  @Override
  List<Contract> findAll(ContractDao dao, Collection<UUID> ids) {
    return dao.findAll(entity.value(), ids);
  }

  @Override
  public List<Contract> ofMember(MemberId member, ContractId after, int limit) {
    if (limit < 1) throw new IllegalArgumentException("a page holds at least one contract, not " + limit);
    return reading(dao -> after == null ? dao.ofMemberFirst(entity.value(), member.value(), limit)
        : dao.ofMemberAfter(entity.value(), member.value(), after.value(), limit));
  }

  @Override
  public List<Contract> fundedAwaitingSalary(LocalDate on) {
    return reading(dao -> dao.fundedAwaitingSalary(entity.value(), on));
  }

  @Override
  public Map<MemberId, Integer> countBinding(Collection<MemberId> members, int atMost) {
    Map<MemberId, Integer> counted = new HashMap<>();
    members.forEach(member -> counted.put(member, 0));
    if (atMost < 1 || members.isEmpty()) return counted;
    reading(dao -> dao.countBinding(entity.value(), members.stream().map(MemberId::value).distinct().toList(), BINDING, atMost))
        .forEach((member, count) -> counted.put(new MemberId(member), count));
    return counted;
  }

  @Override
  public Map<ContractId, QuotaUsage> quotaUsedBefore(Collection<QuotaAsked> asked) {
    List<QuotaAsked> distinct = List.copyOf(asked.stream().collect(Collectors.toMap(one -> one.contract().id(), one -> one, (first, again) -> first,
        LinkedHashMap::new)).values());
    Map<ContractId, Map<Integer, BigDecimal>> hours = new HashMap<>();
    distinct.forEach(one -> hours.put(one.contract().id(), new HashMap<>()));
    if (!distinct.isEmpty()) {
      reading(dao -> dao.hoursBefore(entity.value(), distinct, BINDING))
          .forEach(line -> hours.get(new ContractId(line.id())).put(line.year(), line.hours()));
    }
    Map<ContractId, QuotaUsage> used = new HashMap<>();
    hours.forEach((contract, byYear) -> used.put(contract, new QuotaUsage(byYear)));
    return used;
  }
}
