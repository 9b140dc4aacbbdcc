package coop.smart.core.ledger;

import java.util.Objects;

/**
 * An account of an entity's ledger: a type, and for accounts kept per party (a client, an
 * activity, a contract…) the party's id.
 *
 * @param subject the party the account is kept for, or null for the entity-wide account
 */
public record Account(AccountType type, String subject) implements Comparable<Account> {

  public Account {
    Objects.requireNonNull(type, "type");
    if (subject != null && subject.isBlank()) throw new IllegalArgumentException("an account subject must not be blank");
  }

  /** The entity-wide account of a type. */
  public static Account of(AccountType type) {
    return new Account(type, null);
  }

  /** The account of a type kept for one party. */
  public static Account of(AccountType type, Object subject) {
    return new Account(type, subject.toString());
  }

  @Override
  public int compareTo(Account other) {
    int byType = type.compareTo(other.type);
    if (byType != 0) return byType;
    if (subject == null || other.subject == null) return subject == null ? (other.subject == null ? 0 : -1) : 1;
    return subject.compareTo(other.subject);
  }

  @Override
  public String toString() {
    return subject == null ? type.name() : type + "/" + subject;
  }
}
