package coop.smart.core.entity;

/** Who holds the activity whose turnover bears the fee. */
public enum HolderKind {
  /** A person running an activity. */
  INDIVIDUAL,
  /** An organisation whose payroll the entity runs. */
  LEGAL_PERSON
}
