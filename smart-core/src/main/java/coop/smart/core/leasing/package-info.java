/**
 * Equipment leasing: the entity buys equipment for an activity, which repays it in equal
 * monthly instalments (R7). {@link coop.smart.core.leasing.AmortisationSchedule} computes a
 * schedule, {@link coop.smart.core.leasing.Lease} follows one lease through its amendments and
 * payoff, and {@link coop.smart.core.leasing.PortfolioTable} gives the annual report's figures.
 *
 * <p>{@link coop.smart.core.leasing.LeaseBilling} books a lease's money in the ledger: the
 * equipment the entity buys, each instalment debited from the paying activity's budget on its
 * due date, and a payoff.
 */
package coop.smart.core.leasing;
