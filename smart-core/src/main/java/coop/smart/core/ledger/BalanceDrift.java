package coop.smart.core.ledger;

import org.joda.money.Money;

/** A party's account whose balance, as its ledger keeps it, is not what its postings sum to. */
public record BalanceDrift(Account account, Money kept, Money posted) {
}
