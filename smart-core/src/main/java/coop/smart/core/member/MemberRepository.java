package coop.smart.core.member;

import coop.smart.core.store.Repository;

/** The members of one entity, with their shares. */
public interface MemberRepository extends Repository<Member, MemberId> {
}
