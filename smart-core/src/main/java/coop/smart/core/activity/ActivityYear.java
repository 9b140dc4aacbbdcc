package coop.smart.core.activity;

import org.joda.money.Money;

/**
 * An activity's budget over one calendar year. Unspent budget is not lost: the closing balance
 * is carried over to the next year and opens it.
 *
 * @param carriedIn the budget carried over from the previous year
 * @param income what came in during the year (invoices paid after the fee, financing
 *     agreements, rights concessions, transfers received)
 * @param spending what went out (salaries, expenses, purchases, lease instalments, transfers made)
 * @param carriedOver the unspent budget carried over to the next year
 */
public record ActivityYear(ActivityId activity, int year, Money carriedIn, Money income, Money spending, Money carriedOver) {
}
