package coop.smart.persistence;

import static coop.smart.persistence.Fixtures.BE;
import static org.assertj.core.api.Assertions.assertThat;

import coop.smart.core.entity.EntityCode;
import coop.smart.core.member.Member;
import coop.smart.core.member.MemberId;
import coop.smart.core.member.MemberRepository;
import coop.smart.core.member.ShareCategory;
import coop.smart.core.member.Shareholding;
import coop.smart.core.store.Transactions;
import org.junit.jupiter.api.Test;

abstract class MemberRepositoryContract extends RepositoryContract<Member, MemberId> {

  @Override
  MemberRepository repository(EntityCode entity) {
    return new JdbiMemberRepository(database, entity);
  }

  @Override
  Member fresh(EntityCode entity) {
    return Fixtures.member(entity);
  }

  @Override
  Member changed(Member member) {
    return member.buyShares(1, ShareCategory.A);
  }

  @Test
  void shares_areKeptWithTheirCategory() {
    Member member = repository(BE).save(Fixtures.member(BE).buyShares(3, ShareCategory.B));
    assertThat(repository(BE).find(member.id()).orElseThrow().shareholding()).contains(new Shareholding(3, ShareCategory.B));
  }

  @Test
  void findForChange_readsTheMemberOfTheEntityOnly() {
    Member member = repository(BE).save(Fixtures.member(BE));
    Transactions transactions = new JdbiTransactions(database);
    assertThat(transactions.inTransaction(() -> repository(BE).findForChange(member.id()))).contains(member);
    assertThat(transactions.inTransaction(() -> repository(EntityCode.of("FR")).findForChange(member.id()))).isEmpty();
  }
}
