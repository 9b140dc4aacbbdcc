package coop.smart.server.api.activities;

import coop.smart.core.ledger.JournalEntry;
import coop.smart.core.ledger.Posting;
import coop.smart.core.operation.Activities;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.joda.money.Money;

/**
 * A line of an activity's budget statement: a journal entry, what it did to the budget and the
 * budget it left.
 *
 * @param change what the entry added to the budget (negative when it spent)
 * @param balance the budget available after it, in the order entries were posted
 * @param postings every line of the entry, debits positive
 */
record EntryView(UUID id, LocalDate date, String description, String reference, Money change, Money balance, List<PostingView> postings) {

  record PostingView(String account, Money amount) {
  }

  static EntryView of(Activities.StatementLine line) {
    return of(line.entry(), line.change(), line.balance());
  }

  static EntryView of(JournalEntry entry, Money change, Money balance) {
    return new EntryView(entry.id(), entry.date(), entry.description(), entry.reference(), change, balance,
        entry.postings().stream().map(EntryView::posting).toList());
  }

  private static PostingView posting(Posting posting) {
    return new PostingView(posting.account().toString(), posting.amount());
  }
}
