package coop.smart.core.operation;

import coop.smart.core.entity.Language;
import coop.smart.core.error.NotFoundException;
import coop.smart.core.member.BankAccount;
import coop.smart.core.member.Member;
import coop.smart.core.member.MemberId;
import coop.smart.core.member.PersonKind;
import coop.smart.core.member.ShareCategory;
import java.util.List;

/** The members of an entity: joining, buying shares, and reading them as an actor may. */
public final class Members {

  private final EntityStores stores;
  private final Changes changes;

  public Members(EntityStores stores) {
    this.stores = stores;
    this.changes = new Changes(stores);
  }

  public Member join(Actor actor, PersonKind kind, String name) {
    return join(actor, kind, name, null);
  }

  /** A new member whose contracts and pay slips are written in {@code language}, or in the entity's when null. */
  public Member join(Actor actor, PersonKind kind, String name, Language language) {
    return join(actor, kind, name, language, null);
  }

  /** {@link #join(Actor, PersonKind, String, Language)}, paid into {@code account} from the start when it is given. */
  public Member join(Actor actor, PersonKind kind, String name, Language language, BankAccount account) {
    return changes.create(actor, stores.members(), "member.join", "member",
        () -> Member.join(stores.entity().code(), kind, name, language).withBankAccount(account));
  }

  /**
   * The member is paid into {@code account} from now on: transfers recorded before keep the account
   * they were ordered to. A member changes its own; the entity's staff any.
   */
  public Member changeBankAccount(Actor actor, MemberId id, long expectedVersion, BankAccount account) {
    return changes.change(actor, stores.members(), () -> find(actor, id), expectedVersion, "member.change-bank-account", "member",
        member -> member.withBankAccount(account));
  }

  public Member buyShares(Actor actor, MemberId id, long expectedVersion, int count, ShareCategory category) {
    return changes.change(actor, stores.members(), () -> find(actor, id), expectedVersion, "member.buy-shares", "member",
        member -> member.buyShares(count, category));
  }

  /** The member, when the actor may see it. */
  public Member find(Actor actor, MemberId id) {
    actor.requireSees(id, "member " + id);
    return stores.members().find(id).orElseThrow(() -> new NotFoundException("no member " + id + " is stored in " + actor.entity()));
  }

  /** One page of the members the actor sees, in the order of their ids: a member sees itself alone. */
  public List<Member> page(Actor actor, MemberId after, int limit) {
    if (actor.member() == null) return stores.members().list(after, limit);
    return stores.members().find(actor.member()).filter(member -> after == null).stream().toList();
  }

  /** The members the actor sees whose name holds {@code text}, whatever its case, in the order of their names. */
  public List<Member> named(Actor actor, String text, int limit) {
    if (actor.member() == null) return stores.members().named(text, limit);
    return stores.members().named(text, limit).stream().filter(member -> member.id().equals(actor.member())).toList();
  }
}
