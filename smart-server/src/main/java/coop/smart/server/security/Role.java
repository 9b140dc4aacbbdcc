package coop.smart.server.security;

/** What an API key may do within its entity. */
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
