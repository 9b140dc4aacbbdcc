package coop.smart.core.operation;

/** What a party acting on an entity's records may do there: the role of its API key or its account. */
public enum Role {
  /** Everything in the entity, including issuing keys. */
  ADMIN,
  /** The entity's staff: members' records, contracts, invoices, activities, leases and the fund. */
  ADVISOR,
  /** One member: its own records only. */
  MEMBER,
  /** Software acting for the entity: creates and reads records, issues no keys. */
  INTEGRATOR
}
