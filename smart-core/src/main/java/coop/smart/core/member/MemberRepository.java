package coop.smart.core.member;

import coop.smart.core.store.Repository;
import java.util.Collection;
import java.util.List;

/** The members of one entity, with their shares. */
public interface MemberRepository extends Repository<Member, MemberId> {

  /**
   * The stored members among {@code ids}, read inside the caller's transaction and held until it
   * ends: another transaction asking for one of them waits. A use case that counts a member's
   * records before adding one (the contracts declared without a share) reads the member this
   * way, so two of them never both count the same total. They are held in the order of their
   * ids, so two transactions holding members in common wait for each other instead of deadlocking.
   */
  List<Member> findAllForChange(Collection<MemberId> ids);

  /**
   * The members whose name holds {@code text}, whatever its case ({@code %} and {@code _} being
   * letters like others), in the order of their names: at most {@code limit} of them.
   */
  List<Member> named(String text, int limit);
}
