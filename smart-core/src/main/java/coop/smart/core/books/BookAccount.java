package coop.smart.core.books;

import coop.smart.core.entity.ChartAccount;
import java.util.Objects;

/**
 * A ledger account as the books show it: the chart's general account and, for an account kept
 * per party, the party as auxiliary (subsidiary) account, as the FEC's CompAuxNum and CompAuxLib.
 *
 * @param auxiliary the party's id, or null for an entity-wide account
 * @param auxiliaryName the auxiliary account's name, or null with no auxiliary
 */
public record BookAccount(ChartAccount general, String auxiliary, String auxiliaryName) {

  public BookAccount {
    Objects.requireNonNull(general, "general");
    if ((auxiliary == null) != (auxiliaryName == null)) throw new IllegalArgumentException("an auxiliary account has a number and a name");
  }
}
