/**
 * Equipment leasing: the entity buys equipment for an activity, which repays it in equal
 * monthly instalments (R7). {@link coop.smart.core.leasing.AmortisationSchedule} computes a
 * schedule, {@link coop.smart.core.leasing.Lease} follows one lease through its amendments and
 * payoff, and {@link coop.smart.core.leasing.PortfolioTable} gives the annual report's figures.
 *
 * <p>Nothing here moves money yet. The activity ledger will debit the paying activity's budget
 * on each due date from {@link coop.smart.core.leasing.Lease#instalmentsDueOnOrBefore}, and by
 * the payoff amount on the payoff date.
 */
package coop.smart.core.leasing;
