package coop.smart.core.operation;

import coop.smart.core.activity.Activity;
import coop.smart.core.activity.ActivityBudget;
import coop.smart.core.activity.ActivityId;
import coop.smart.core.contract.Contract;
import coop.smart.core.contract.ContractId;
import coop.smart.core.contract.ContractPay;
import coop.smart.core.contract.ContractRepository;
import coop.smart.core.contract.ContractTerms;
import coop.smart.core.contract.QuotaUsage;
import coop.smart.core.contract.WorkDay;
import coop.smart.core.entity.MembershipRules;
import coop.smart.core.entity.Trace;
import coop.smart.core.error.ReferenceNotStoredException;
import coop.smart.core.error.ValidationException;
import coop.smart.core.flow.MoneyFlow;
import coop.smart.core.ledger.PostingBuffer;
import coop.smart.core.member.Member;
import coop.smart.core.member.MemberId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Members' employment contracts: drafted with their pay, declared under the membership limit,
 * cancelled, read. Declaring holds the member until the transaction ends, so two declarations
 * for one member, even on two servers, never both count the same contracts declared so far.
 */
public final class Contracts {

  private final EntityStores stores;
  private final Changes changes;
  private final Activities budgets;

  public Contracts(EntityStores stores) {
    this.stores = stores;
    this.changes = new Changes(stores);
    this.budgets = new Activities(stores);
  }

  /** A draft to declare, at the version its declarer read. */
  public record Declaration(ContractId contract, long expectedVersion) {
  }

  /**
   * Drafts a contract for a stored member, client and (when named) activity the member
   * administers; a member drafts its own contracts only.
   */
  public Contract draft(Actor actor, ContractTerms terms) {
    return draftAll(actor, List.of(terms)).get(0);
  }

  /**
   * Drafts contracts as {@link #draft} would one after the other, all or none, in one
   * transaction: a day's contracts in a few statements however many there are.
   */
  public List<Contract> draftAll(Actor actor, List<ContractTerms> terms) {
    if (terms.isEmpty()) return List.of();
    try {
      return stores.transactions().inTransaction(() -> {
        List<Contract> drafts = terms.stream().map(drafted -> Contract.draft(stores.entity(), drafted)).toList();
        Map<ActivityId, Activity> activities = activitiesOf(drafts);
        drafts.forEach(draft -> requireAllowed(actor, draft, activities));
        List<Contract> saved = stores.contracts().saveAll(drafts);
        saved.forEach(draft -> changes.audit(actor, "contract.draft", "contract", draft.id()));
        return saved;
      });
    } catch (ReferenceNotStoredException e) {
      // The contracts' store checks their members and clients as it inserts them: no read of them first.
      throw e.asValidation();
    }
  }

  /**
   * What drafting {@code terms} would give, stored nowhere: the pay of the contract, or the same
   * refusal {@link #draft} would answer, so a member sees the pay change as it fills the terms in.
   */
  public ContractPay preview(Actor actor, ContractTerms terms) {
    return stores.transactions().inTransaction(() -> {
      Contract draft = Contract.draft(stores.entity(), terms);
      requireAllowed(actor, draft, activitiesOf(List.of(draft)));
      requireStored(draft);
      return pay(draft);
    });
  }

  /**
   * Declares a draft. A contract funded by its activity's budget has its pay set aside from that
   * budget in the same transaction, refused beyond what the budget has available.
   */
  public Contract declare(Actor actor, ContractId id, long expectedVersion) {
    return declareAll(actor, List.of(new Declaration(id, expectedVersion))).get(0);
  }

  /**
   * Declares drafts as {@link #declare} would one after the other in the order given, all or
   * none, in one transaction: their members held and their binding contracts counted once each,
   * however many of their drafts are declared, the contracts written in one statement and the
   * budgets' entries in one more.
   */
  public List<Contract> declareAll(Actor actor, List<Declaration> declarations) {
    LocalDate today = LocalDate.now(stores.clock());
    List<ContractId> ids = declarations.stream().map(Declaration::contract).toList();
    ById.requireOnce(ids, "contracts", "contract", "declared");
    if (declarations.isEmpty()) return List.of();
    return stores.transactions().inTransaction(() -> {
      Map<ContractId, Contract> found = ById.of(stores.contracts().findAll(ids), Contract::id);
      List<Contract> drafts = new ArrayList<>();
      for (Declaration declaration : declarations) {
        Contract draft = found.get(declaration.contract());
        if (draft == null || !actor.sees(draft.member())) throw Invoices.notStored(actor, "contract " + declaration.contract());
        if (draft.version() != declaration.expectedVersion()) throw Changes.stale("contract " + draft.id(), draft.version(), declaration.expectedVersion());
        drafts.add(draft);
      }
      List<Contract> saved = Changes.saving("the contracts declared", () -> stores.contracts().saveChanges(declared(drafts, today)));
      fund(saved, today);
      saved.forEach(contract -> changes.audit(actor, "contract.declare", "contract", contract.id()));
      return saved;
    });
  }

  /**
   * The drafts declared on {@code today}, their members held: each member's binding contracts are
   * counted once, and each contract declared counts for the member's next.
   */
  private List<Contract> declared(List<Contract> drafts, LocalDate today) {
    Map<MemberId, Member> members = ById.of(stores.members().findAllForChange(drafts.stream().map(Contract::member).toList()), Member::id);
    MembershipRules rules = stores.entity().membershipRules(today);
    List<MemberId> counting = members.values().stream().filter(member -> rules.contractsToCount(member) > 0).map(Member::id).toList();
    int atMost = members.values().stream().mapToInt(rules::contractsToCount).max().orElse(0);
    Map<MemberId, Integer> counted = new HashMap<>(stores.contracts().countBinding(counting, atMost));
    List<Contract> declared = new ArrayList<>();
    for (Contract draft : drafts) {
      Member member = members.get(draft.member());
      if (member == null) throw new IllegalStateException("contract " + draft.id() + " names member " + draft.member() + ", not stored");
      int toCount = rules.contractsToCount(member);
      declared.add(draft.declare(stores.entity(), member, toCount == 0 ? 0 : Math.min(toCount, counted.get(member.id())), today));
      if (toCount > 0) counted.merge(member.id(), 1, Integer::sum);
    }
    return declared;
  }

  /**
   * Sets aside from their activities' budgets the pay of the contracts declared that those
   * budgets fund, each refused beyond what its budget then has available (the budgets read in
   * one query); each pay counts the quota hours of every contract then binding, those declared
   * with it included, as the salary run will.
   */
  private void fund(List<Contract> declared, LocalDate today) {
    List<Contract> funded = declared.stream().filter(Contract::fundedByBudget).toList();
    if (funded.isEmpty()) return;
    Map<ActivityId, Activity> activities = activitiesOf(funded);
    PostingBuffer ledger = new PostingBuffer(stores.ledger());
    ledger.preload(activities.keySet().stream().map(ActivityBudget::budget).toList());
    MoneyFlow flow = new MoneyFlow(stores.entity(), stores.vatArea(), ledger, stores.numbering());
    Map<ContractId, ContractPay> pays = payAll(funded);
    for (Contract contract : funded) flow.fund(contract, fundingActivity(contract, activities), pays.get(contract.id()), today);
    ledger.flush();
    budgets.budgetsMoved(activities.values());
  }

  /** Cancels a contract; what a contract funded by its activity's budget had set aside goes back to the budget. */
  public Contract cancel(Actor actor, ContractId id, long expectedVersion) {
    return changes.change(actor, stores.contracts(), () -> find(actor, id), expectedVersion, "contract.cancel", "contract", Contract::cancel,
        cancelled -> {
          if (cancelled.fundedByBudget()) {
            Activity activity = fundingActivity(cancelled, activitiesOf(List.of(cancelled)));
            stores.flow().release(cancelled, activity, LocalDate.now(stores.clock()));
            budgets.budgetMoved(activity);
          }
        });
  }

  /** The contract, when the actor may see it. */
  public Contract find(Actor actor, ContractId id) {
    Contract contract = stores.contracts().find(id)
        .orElseThrow(() -> Invoices.notStored(actor, "contract " + id));
    actor.requireSees(contract.member(), "contract " + id);
    return contract;
  }

  /**
   * One page of contracts in the order of their ids: the entity's, or one member's. A member
   * asking for another member's contracts finds none, as if that member had none.
   */
  public List<Contract> page(Actor actor, MemberId member, ContractId after, int limit) {
    MemberId of = member != null ? member : actor.member();
    if (of == null) return stores.contracts().list(after, limit);
    return actor.sees(of) ? stores.contracts().ofMember(of, after, limit) : List.of();
  }

  /**
   * The contract's pay; a type with a yearly hour quota counts the hours of the member's
   * contracts before it in the years it works, read from its stores without the member's history.
   */
  public ContractPay pay(Contract contract) {
    return pay(contract, Trace.NONE);
  }

  /** {@link #pay(Contract)}, writing down into {@code trace} how each figure is computed. */
  public ContractPay pay(Contract contract, Trace trace) {
    return contract.pay(stores.entity(), quotaUsedBefore(List.of(contract)).getOrDefault(contract.id(), QuotaUsage.NONE), trace);
  }

  /** The pay of each of {@code contracts} as {@link #pay(Contract)} gives it, by contract, their quota hours read in one query. */
  public Map<ContractId, ContractPay> payAll(Collection<Contract> contracts) {
    Map<ContractId, QuotaUsage> used = quotaUsedBefore(contracts);
    Map<ContractId, ContractPay> pays = new HashMap<>();
    for (Contract contract : contracts) pays.put(contract.id(), contract.pay(stores.entity(), used.getOrDefault(contract.id(), QuotaUsage.NONE)));
    return pays;
  }

  // The quota counts calendar years: only days of the years a contract works matter, and only
  // contracts that started at most one maximum contract length before the first of them.
  private Map<ContractId, QuotaUsage> quotaUsedBefore(Collection<Contract> contracts) {
    List<ContractRepository.QuotaAsked> asked = new ArrayList<>();
    for (Contract contract : contracts) {
      if (stores.entity().payrollParameters(contract.type(), contract.end()).quota() == null) continue;
      LocalDate firstYear = contract.workDays().stream().map(WorkDay::date).min(LocalDate::compareTo).orElse(contract.start()).withDayOfYear(1);
      asked.add(new ContractRepository.QuotaAsked(contract, firstYear.minus(stores.entity().maximumContractLength(firstYear)), firstYear));
    }
    return asked.isEmpty() ? Map.of() : stores.contracts().quotaUsedBefore(asked);
  }

  private static Activity fundingActivity(Contract contract, Map<ActivityId, Activity> activities) {
    Activity activity = activities.get(contract.activity());
    if (activity == null) throw new IllegalStateException("contract " + contract.id() + " names activity " + contract.activity() + ", not stored");
    return activity;
  }

  /** The stored activities the contracts name, read at once. */
  private Map<ActivityId, Activity> activitiesOf(List<Contract> contracts) {
    List<ActivityId> named = contracts.stream().map(Contract::activity).filter(Objects::nonNull).distinct().toList();
    return named.isEmpty() ? Map.of() : ById.of(stores.activities().findAll(named), Activity::id);
  }

  /** A member's key drafts its own contracts only, and a contract funded by an activity's budget is its administrator's. */
  private void requireAllowed(Actor actor, Contract draft, Map<ActivityId, Activity> activities) {
    if (!actor.sees(draft.member())) throw ValidationException.of("member", "a member's key drafts contracts for its own member only");
    if (draft.activity() != null) {
      Activity activity = activities.get(draft.activity());
      if (activity == null) throw ValidationException.of("activity", "no activity " + draft.activity() + " is stored in " + stores.entity().code());
      activity.requireAdministrator(draft.member());
    }
  }

  /** The member and client of a contract not to be stored, refused as its store would refuse them. */
  private void requireStored(Contract draft) {
    Map<String, List<Object>> notStored = new LinkedHashMap<>();
    if (stores.members().find(draft.member()).isEmpty()) notStored.put("member", List.of(draft.member()));
    if (draft.client() != null && stores.clients().find(draft.client()).isEmpty()) notStored.put("client", List.of(draft.client()));
    if (!notStored.isEmpty()) throw ReferenceNotStoredException.of(stores.entity().code(), notStored).asValidation();
  }
}
