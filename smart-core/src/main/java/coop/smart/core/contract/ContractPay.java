package coop.smart.core.contract;

import coop.smart.core.entity.GuaranteedPayment;

/**
 * A contract's pay: the breakdown from invoice to net salary and when it is paid.
 *
 * @param split the hours within and beyond the type's yearly quota, or null for a type without one
 */
public record ContractPay(ContractId contract, PayBreakdown breakdown, QuotaSplit split, GuaranteedPayment payment) {
}
