package coop.smart.persistence;

import static coop.smart.persistence.Fixtures.BE;
import static org.assertj.core.api.Assertions.assertThat;

import coop.smart.core.entity.EntityCode;
import coop.smart.core.member.BankAccount;
import coop.smart.core.member.Member;
import coop.smart.core.member.MemberId;
import coop.smart.core.member.MemberRepository;
import coop.smart.core.member.PersonKind;
import coop.smart.core.member.ShareCategory;
import coop.smart.core.member.Shareholding;
import coop.smart.core.store.Transactions;
import java.util.List;
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
  void bankAccount_isKeptWithItsBicAndHolder_andChangedWithTheMember() {
    Member member = repository(BE).save(Fixtures.member(BE).withBankAccount(new BankAccount("BE68539007547034", "GEBABEBB", "Studio Maes")));
    assertThat(repository(BE).find(member.id()).orElseThrow().bankAccount()).isEqualTo(new BankAccount("BE68539007547034", "GEBABEBB", "Studio Maes"));
    repository(BE).save(member.withBankAccount(new BankAccount("NL91ABNA0417164300", null, null)));
    assertThat(repository(BE).find(member.id()).orElseThrow().bankAccount()).isEqualTo(new BankAccount("NL91ABNA0417164300", null, null));
  }

  @Test
  void findAllForChange_readsTheMembersOfTheEntityOnly() {
    Member member = repository(BE).save(Fixtures.member(BE));
    Member other = repository(BE).save(Fixtures.member(BE));
    Transactions transactions = new JdbiTransactions(database);
    assertThat(transactions.inTransaction(() -> repository(BE).findAllForChange(List.of(member.id(), other.id(), member.id()))))
        .containsExactlyInAnyOrder(member, other);
    assertThat(transactions.inTransaction(() -> repository(EntityCode.of("FR")).findAllForChange(List.of(member.id())))).isEmpty();
  }

  @Test
  void named_findsTheEntitysMembersWhoseNameHoldsTheText_whateverItsCase_inTheOrderOfTheirNames() {
    MemberRepository members = repository(BE);
    Member zoe = members.save(Member.join(BE, PersonKind.NATURAL_PERSON, "Zoé Peeters"));
    Member anna = members.save(Member.join(BE, PersonKind.NATURAL_PERSON, "Anna PEETERS"));
    members.save(Member.join(BE, PersonKind.NATURAL_PERSON, "Bob Janssens"));
    repository(EntityCode.of("FR")).save(Member.join(EntityCode.of("FR"), PersonKind.NATURAL_PERSON, "Paul Peeters"));

    assertThat(members.named("peeters", 10)).containsExactly(anna, zoe);
    assertThat(members.named("peeters", 1)).containsExactly(anna);
    assertThat(members.named("zoé", 10)).containsExactly(zoe);
    assertThat(members.named("nobody", 10)).isEmpty();
  }

  @Test
  void named_takesWildcardsAsTheLettersTheyAre() {
    MemberRepository members = repository(BE);
    Member percent = members.save(Member.join(BE, PersonKind.LEGAL_PERSON, "100% Studio"));
    Member underscore = members.save(Member.join(BE, PersonKind.LEGAL_PERSON, "A_B!C"));
    members.save(Member.join(BE, PersonKind.LEGAL_PERSON, "1000 Studio"));
    members.save(Member.join(BE, PersonKind.LEGAL_PERSON, "AXB"));

    assertThat(members.named("0%", 10)).containsExactly(percent);
    assertThat(members.named("a_b", 10)).containsExactly(underscore);
    assertThat(members.named("b!c", 10)).containsExactly(underscore);
    assertThat(members.named("", 10)).hasSize(4);
  }
}
