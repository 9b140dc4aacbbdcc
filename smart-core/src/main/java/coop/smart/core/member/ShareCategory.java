package coop.smart.core.member;

/** The two categories of cooperative shares, which vote separately. */
public enum ShareCategory {
  /** Users of the cooperative's services. */
  A,
  /** Partners, permanent staff and legal persons. */
  B
}
