package coop.smart.server.api.leases;

import coop.smart.core.ledger.JournalEntry;
import coop.smart.core.ledger.Posting;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.joda.money.Money;

/**
 * What a billing run booked up to {@code on}, and the leases whose activity's budget could not
 * pay an instalment: each of those stops at that instalment, with what came before booked.
 */
record BillingRunView(LocalDate on, List<Booked> booked, List<Refused> refused) {

  /** @param amount the entry's debits: what moved */
  record Booked(String lease, UUID entry, LocalDate date, String description, Money amount) {

    static Booked of(String lease, JournalEntry entry) {
      Money debits = Money.total(entry.currency(), entry.postings().stream().map(Posting::amount).filter(Money::isPositive).toList());
      return new Booked(lease, entry.id(), entry.date(), entry.description(), debits);
    }
  }

  record Refused(String lease, String activity, String rule, String detail) {
  }
}
