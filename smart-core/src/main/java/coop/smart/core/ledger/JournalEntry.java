package coop.smart.core.ledger;

import coop.smart.core.entity.EntityCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A balanced movement of money: postings in one currency whose debits and credits sum to zero.
 * Every operation on money (invoice, payment, fee, salary, expense, transfer, guarantee advance,
 * lease instalment) is recorded as one.
 *
 * @param reference what the entry is about, e.g. "invoice BE-2017-000042"
 */
public record JournalEntry(UUID id, EntityCode entity, LocalDate date, String description, String reference, List<Posting> postings) {

  public JournalEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(description, "description");
    postings = List.copyOf(postings);
    if (postings.size() < 2) throw new IllegalArgumentException("a journal entry needs at least two postings: " + postings);
    CurrencyUnit currency = postings.get(0).amount().getCurrencyUnit();
    Money sum = Money.zero(currency);
    for (Posting posting : postings) {
      if (!posting.amount().getCurrencyUnit().equals(currency)) {
        throw new IllegalArgumentException("a journal entry is in one currency: " + postings);
      }
      sum = sum.plus(posting.amount());
    }
    if (!sum.isZero()) throw new IllegalArgumentException("debits and credits must balance, off by " + sum + ": " + description + " " + postings);
  }

  public static Builder on(EntityCode entity, LocalDate date, String description) {
    return new Builder(entity, date, description);
  }

  public CurrencyUnit currency() {
    return postings.get(0).amount().getCurrencyUnit();
  }

  /** Refuses this entry for the ledger of another entity or currency; every ledger checks the same way. */
  public void requirePostableTo(EntityCode ledgerEntity, CurrencyUnit ledgerCurrency) {
    if (!entity.equals(ledgerEntity)) throw new IllegalArgumentException("entry of " + entity + " posted to the ledger of " + ledgerEntity);
    if (!currency().equals(ledgerCurrency)) throw new IllegalArgumentException("entry in " + currency() + " posted to a ledger in " + ledgerCurrency);
  }

  /** Collects debits and credits; zero amounts are left out, so callers need not test for them. */
  public static final class Builder {

    private final EntityCode entity;
    private final LocalDate date;
    private final String description;
    private String reference;
    private final List<Posting> postings = new ArrayList<>();

    private Builder(EntityCode entity, LocalDate date, String description) {
      this.entity = entity;
      this.date = date;
      this.description = description;
    }

    public Builder reference(String reference) {
      this.reference = reference;
      return this;
    }

    /** Debits {@code account} with a non-negative amount. */
    public Builder debit(Account account, Money amount) {
      return post(account, amount);
    }

    /** Credits {@code account} with a non-negative amount. */
    public Builder credit(Account account, Money amount) {
      return post(account, amount.negated());
    }

    private Builder post(Account account, Money signed) {
      if (!signed.isZero()) postings.add(new Posting(account, signed));
      return this;
    }

    public JournalEntry build() {
      return new JournalEntry(UUID.randomUUID(), entity, date, description, reference, postings);
    }
  }
}
