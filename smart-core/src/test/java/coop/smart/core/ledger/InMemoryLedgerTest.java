package coop.smart.core.ledger;

import coop.smart.core.entity.EntityCode;
import org.joda.money.CurrencyUnit;

class InMemoryLedgerTest extends LedgerContract {

  @Override
  protected Ledger ledger(EntityCode entity, CurrencyUnit currency) {
    return new InMemoryLedger(entity, currency);
  }
}
