package coop.smart.core.member;

import coop.smart.core.entity.EntityCode;
import coop.smart.core.entity.Language;
import coop.smart.core.entity.Shareholder;
import coop.smart.core.error.ValidationException;
import coop.smart.core.store.Versioned;
import java.util.Objects;
import java.util.Optional;

/**
 * A person or organisation working through a national entity. Immutable: a change returns
 * the member as it is after the change.
 *
 * @param language the language of the member's contracts and pay slips, or null for the entity's
 * @param shares the cooperative shares held, or null for a member who holds none
 * @param bankAccount where its salaries and refunds are paid, or null until the member gives it
 * @param version the stored version, for optimistic concurrency; changes do not touch it
 */
public record Member(MemberId id, EntityCode entity, PersonKind kind, String name, Language language, Shareholding shares,
                     BankAccount bankAccount, long version)
    implements Versioned<Member, MemberId>, Shareholder {

  public Member {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(kind, "kind");
    if (name == null || name.isBlank()) throw ValidationException.of("name", "is required");
    name = name.strip();
    if (version < 0) throw new IllegalArgumentException("a version is never negative: " + version);
  }

  public static Member join(EntityCode entity, PersonKind kind, String name) {
    return join(entity, kind, name, null);
  }

  /** A new member whose contracts and pay slips are written in {@code language}, or in the entity's when null. */
  public static Member join(EntityCode entity, PersonKind kind, String name, Language language) {
    return new Member(MemberId.random(), entity, kind, name, language, null, null, 0);
  }

  public boolean isShareholder() {
    return shares != null;
  }

  public Optional<Shareholding> shareholding() {
    return Optional.ofNullable(shares);
  }

  /**
   * The member after buying {@code count} more shares. A first purchase fixes the category;
   * later purchases must be in it.
   */
  public Member buyShares(int count, ShareCategory category) {
    if (count < 1) throw ValidationException.of("shares", "must buy at least one share: " + count);
    Objects.requireNonNull(category, "category");
    if (shares == null) return new Member(id, entity, kind, name, language, new Shareholding(count, category), bankAccount, version);
    if (shares.category() != category) {
      throw ValidationException.of("category", "member holds category " + shares.category() + " shares, not " + category);
    }
    if (count > Integer.MAX_VALUE - shares.shares()) {
      throw ValidationException.of("shares", "would make more than " + Integer.MAX_VALUE + " shares: " + shares.shares() + " held, " + count + " more");
    }
    return new Member(id, entity, kind, name, language, shares.plus(count), bankAccount, version);
  }

  /** The member, paid into {@code account} from now on. */
  public Member withBankAccount(BankAccount account) {
    return new Member(id, entity, kind, name, language, shares, account, version);
  }

  @Override
  public Member withVersion(long version) {
    return new Member(id, entity, kind, name, language, shares, bankAccount, version);
  }
}
