/**
 * Rule cases as data: hand-computed cases in plain files beside each entity's data file
 * ({@code BE.txt} → {@code BE.cases.txt}), each with its inputs, date, expected figures and the
 * source of the expectation, checked by one runner ({@link coop.smart.core.cases.RuleCases}).
 */
package coop.smart.core.cases;
