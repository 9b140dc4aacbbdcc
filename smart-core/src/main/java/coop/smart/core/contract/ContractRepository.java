package coop.smart.core.contract;

import coop.smart.core.member.MemberId;
import coop.smart.core.store.Repository;
import java.util.List;

/** The employment contracts of one entity, with their work days. */
public interface ContractRepository extends Repository<Contract, ContractId> {

  /**
   * Every contract of one member, by start date: what the membership rules count before a new
   * declaration, and what a type's yearly hour quota is measured against.
   */
  List<Contract> ofMember(MemberId member);

  /**
   * One page of one member's contracts in the order of their ids, as {@link #list} pages the
   * entity's: at most {@code limit}, starting after {@code after}, or from the first when it is null.
   */
  List<Contract> ofMember(MemberId member, ContractId after, int limit);

  /** The declared contracts funded by their activity's budget, not paid yet: what a salary run pays besides invoiced ones. */
  List<Contract> fundedAwaitingSalary();
}
