package coop.smart.persistence;

import coop.smart.core.entity.EntityCode;
import coop.smart.core.member.Member;
import coop.smart.core.member.MemberId;
import coop.smart.core.member.MemberRepository;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** The members of one entity, with their shares, in the {@code members} table. */
public final class JdbiMemberRepository extends VersionedStore<Member, MemberId, MemberDao> implements MemberRepository {

  public JdbiMemberRepository(Database database, EntityCode entity) {
    super(database, entity, MemberDao::new, "members", "member", MemberId::value, MemberId::new);
  }

  @Override
  void insert(MemberDao dao, List<Member> stored) {
    dao.insert(stored.stream().map(MemberDao.Row::of).toList());
  }

  @Override
  int update(MemberDao dao, Member stored) {
    return dao.update(MemberDao.Row.of(stored));
  }

  @Override
  public List<Member> findAllForChange(Collection<MemberId> ids) {
    List<UUID> values = ids.stream().map(MemberId::value).distinct().toList();
    return reading(dao -> dao.findAllForUpdate(entity.value(), values).stream().map(MemberDao.Row::toMember).toList());
  }

  @Override
  public List<Member> named(String text, int limit) {
    String pattern = "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    return reading(dao -> dao.named(entity.value(), pattern, limit).stream().map(MemberDao.Row::toMember).toList());
  }

  @Override
  List<Member> findAll(MemberDao dao, Collection<UUID> ids) {
    return dao.findAll(entity.value(), ids).stream().map(MemberDao.Row::toMember).toList();
  }
}
