package coop.smart.core.entity;

/** Things a member may do that an entity can reserve to its shareholders. */
public enum MemberAction {
  /** Open a new activity as its administrator. */
  OPEN_ACTIVITY,
  /** Invoice a client through an activity. */
  INVOICE_THROUGH_ACTIVITY,
  /** Conclude a financing agreement (grant or subsidy). */
  FINANCING_AGREEMENT,
  /** Invoice a concession of copyright or neighbouring rights. */
  RIGHTS_CONCESSION,
  /** Receive money through a budget transfer. */
  RECEIVE_BUDGET_TRANSFER
}
