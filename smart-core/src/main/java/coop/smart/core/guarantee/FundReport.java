package coop.smart.core.guarantee;

import org.joda.money.Money;

/**
 * The guarantee fund's figures, derived from the ledger. They reconcile:
 * {@code advanced − recovered − lost = outstanding}.
 *
 * @param balance the fund's reserve: contributions less losses
 * @param advanced salaries paid ahead of clients, in total
 * @param recovered what clients later paid back to the fund
 * @param lost advances written off when their client defaulted
 * @param outstanding advances still waiting for their client
 */
public record FundReport(Money balance, Money contributed, Money advanced, Money recovered, Money lost, Money outstanding) {
}
