package coop.smart.core.bank;

import coop.smart.core.client.ClientId;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.ledger.Account;
import coop.smart.core.ledger.AccountType;
import coop.smart.core.ledger.JournalEntry;
import java.time.LocalDate;
import org.joda.money.Money;

/** What clients paid beyond their invoices: the entity holds it for them, a liability per client. */
public final class ClientCredits {

  private ClientCredits() {
  }

  public static Account of(ClientId client) {
    return Account.of(AccountType.CLIENT_CREDITS, client);
  }

  /** The money received beyond invoice {@code invoice}, kept as its client's credit. */
  public static JournalEntry kept(EntityCode entity, ClientId client, String invoice, Money excess, LocalDate on) {
    return JournalEntry.on(entity, on, "paid beyond invoice " + invoice + ": kept as the client's credit")
        .reference(invoice)
        .debit(Account.of(AccountType.BANK), excess)
        .credit(of(client), excess)
        .build();
  }
}
