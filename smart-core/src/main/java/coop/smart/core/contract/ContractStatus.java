package coop.smart.core.contract;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a contract is in its life: draft → declared → invoiced → paid, or cancelled. (A contract
 * funded by its activity's budget has no invoice: {@link Contract} takes it from declared to paid.)
 */
public enum ContractStatus {
  DRAFT,
  DECLARED,
  INVOICED,
  PAID,
  CANCELLED;

  /** The statuses this one may move to. */
  public Set<ContractStatus> next() {
    return switch (this) {
      case DRAFT -> EnumSet.of(DECLARED, CANCELLED);
      case DECLARED -> EnumSet.of(INVOICED, CANCELLED);
      // A contract whose invoice is credited in full before its salary is paid is void.
      case INVOICED -> EnumSet.of(PAID, CANCELLED);
      case PAID, CANCELLED -> EnumSet.noneOf(ContractStatus.class);
    };
  }

  /** Declared and not cancelled: the contract binds the entity and counts for the member. */
  public boolean isBinding() {
    return this == DECLARED || this == INVOICED || this == PAID;
  }
}
