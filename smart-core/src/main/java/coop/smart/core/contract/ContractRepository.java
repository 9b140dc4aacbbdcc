package coop.smart.core.contract;

import coop.smart.core.member.MemberId;
import coop.smart.core.store.Repository;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** The employment contracts of one entity, with their work days. */
public interface ContractRepository extends Repository<Contract, ContractId> {

  /**
   * One page of one member's contracts in the order of their ids, as {@link #list} pages the
   * entity's: at most {@code limit}, starting after {@code after}, or from the first when it is null.
   */
  List<Contract> ofMember(MemberId member, ContractId after, int limit);

  /**
   * The declared contracts funded by their activity's budget, not paid yet, whose salary's payment
   * date ({@link Contract#salaryPaymentDate}) is {@code on} or earlier: what a salary run on that
   * day pays besides invoiced ones, read through the date each is stored with. A contract stored
   * before its store kept that date may be answered from the day after its payment clock starts.
   */
  List<Contract> fundedAwaitingSalary(LocalDate on);

  /**
   * How many binding contracts each of {@code members} has, counting no further than
   * {@code atMost}: what the membership limit needs, whatever the members' history, in one query
   * however many members are asked for. A member with none is answered 0.
   */
  Map<MemberId, Integer> countBinding(Collection<MemberId> members, int atMost);

  /**
   * The quota usage each contract asked about finds, as {@link QuotaUsage#before} measures it
   * among its member's contracts, from the rows that can matter only: the binding contracts of
   * its type that come before it (by start date, then id: of one start date, the order they were
   * drafted, {@link ContractId#next}), started on or after {@code
   * startedFrom}, and their days worked on or after {@code workedFrom}; by contract, read in one
   * go however many are asked about.
   */
  Map<ContractId, QuotaUsage> quotaUsedBefore(Collection<QuotaAsked> asked);

  /** A contract whose quota usage is asked for, and the bounds of the rows that can matter to it. */
  record QuotaAsked(Contract contract, LocalDate startedFrom, LocalDate workedFrom) {
  }
}
