package coop.smart.core.entity;

/** What a national entity offers its members; which ones an entity offers is its data. */
public enum EntityService {
  /** Invoicing and payroll for natural persons (freelancers). */
  NATURAL_PERSONS,
  /** Administration for self-employed independents (no employment contract). */
  INDEPENDENTS,
  /** Payroll run for legal persons (employer structures). */
  LEGAL_PERSONS,
  /** Salaries paid on their date even when the client pays late or never. */
  GUARANTEE_FUND,
  /** Legal advice and collection of unpaid invoices. */
  LEGAL_ASSISTANCE,
  /** Open-ended contracts with a salary smoothed from estimated revenue (CDI). */
  OPEN_ENDED_CONTRACTS,
  /** Professional equipment bought by the entity and leased to activities. */
  EQUIPMENT_LEASING,
  /** Help for members working abroad. */
  MOBILITY_HELPDESK
}
