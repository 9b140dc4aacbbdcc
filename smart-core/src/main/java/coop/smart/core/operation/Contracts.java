package coop.smart.core.operation;

import coop.smart.core.activity.Activity;
import coop.smart.core.contract.Contract;
import coop.smart.core.contract.ContractId;
import coop.smart.core.contract.ContractPay;
import coop.smart.core.contract.ContractTerms;
import coop.smart.core.contract.QuotaUsage;
import coop.smart.core.contract.WorkDay;
import coop.smart.core.entity.Trace;
import coop.smart.core.error.NotFoundException;
import coop.smart.core.error.ReferenceNotStoredException;
import coop.smart.core.error.ValidationException;
import coop.smart.core.member.Member;
import coop.smart.core.member.MemberId;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

  /**
   * Drafts a contract for a stored member, client and (when named) activity the member
   * administers; a member drafts its own contracts only.
   */
  public Contract draft(Actor actor, ContractTerms terms) {
    try {
      return changes.create(actor, stores.contracts(), "contract.draft", "contract", () -> {
        Contract draft = Contract.draft(stores.entity(), terms);
        requireAllowed(actor, draft);
        return draft;
      });
    } catch (ReferenceNotStoredException e) {
      // The contract's store checks its member and client as it inserts it: no read of them first.
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
      requireAllowed(actor, draft);
      requireStored(draft);
      return pay(draft);
    });
  }

  /**
   * Declares a draft. A contract funded by its activity's budget has its pay set aside from that
   * budget in the same transaction, refused beyond what the budget has available.
   */
  public Contract declare(Actor actor, ContractId id, long expectedVersion) {
    LocalDate today = LocalDate.now(stores.clock());
    return changes.change(actor, stores.contracts(), () -> find(actor, id), expectedVersion, "contract.declare", "contract", current -> {
      Member member = stores.members().findForChange(current.member())
          .orElseThrow(() -> new IllegalStateException("contract " + current.id() + " names member " + current.member() + ", not stored"));
      int toCount = stores.entity().membershipRules(today).contractsToCount(member);
      int declaredSoFar = toCount == 0 ? 0 : stores.contracts().countBinding(member.id(), current.id(), toCount);
      return current.declare(stores.entity(), member, declaredSoFar, today);
    }, declared -> {
      if (declared.fundedByBudget()) {
        Activity activity = fundingActivity(declared);
        stores.flow().fund(declared, activity, pay(declared), today);
        budgets.budgetMoved(activity);
      }
    });
  }

  /** Cancels a contract; what a contract funded by its activity's budget had set aside goes back to the budget. */
  public Contract cancel(Actor actor, ContractId id, long expectedVersion) {
    return changes.change(actor, stores.contracts(), () -> find(actor, id), expectedVersion, "contract.cancel", "contract", Contract::cancel,
        cancelled -> {
          if (cancelled.fundedByBudget()) {
            Activity activity = fundingActivity(cancelled);
            stores.flow().release(cancelled, activity, LocalDate.now(stores.clock()));
            budgets.budgetMoved(activity);
          }
        });
  }

  /** The contract, when the actor may see it. */
  public Contract find(Actor actor, ContractId id) {
    Contract contract = stores.contracts().find(id)
        .orElseThrow(() -> new NotFoundException("no contract " + id + " is stored in " + actor.entity()));
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
    boolean hasQuota = stores.entity().payrollParameters(contract.type(), contract.end()).quota() != null;
    return contract.pay(stores.entity(), hasQuota ? quotaUsedBefore(contract) : QuotaUsage.NONE, trace);
  }

  // The quota counts calendar years: only days of the years this contract works matter, and only
  // contracts that started at most one maximum contract length before the first of them.
  private QuotaUsage quotaUsedBefore(Contract contract) {
    LocalDate firstYear = contract.workDays().stream().map(WorkDay::date).min(LocalDate::compareTo).orElse(contract.start()).withDayOfYear(1);
    LocalDate startedFrom = firstYear.minus(stores.entity().maximumContractLength(firstYear));
    return stores.contracts().quotaUsedBefore(contract, startedFrom, firstYear);
  }

  private Activity fundingActivity(Contract contract) {
    return stores.activities().find(contract.activity())
        .orElseThrow(() -> new IllegalStateException("contract " + contract.id() + " names activity " + contract.activity() + ", not stored"));
  }

  /** A member's key drafts its own contracts only, and a contract funded by an activity's budget is its administrator's. */
  private void requireAllowed(Actor actor, Contract draft) {
    if (!actor.sees(draft.member())) throw ValidationException.of("member", "a member's key drafts contracts for its own member only");
    if (draft.activity() != null) {
      Activity activity = stores.activities().find(draft.activity())
          .orElseThrow(() -> ValidationException.of("activity", "no activity " + draft.activity() + " is stored in " + stores.entity().code()));
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
