package coop.smart.core.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.entity.MemberAction;
import coop.smart.core.entity.MembershipRules;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.error.ValidationException;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MemberTest {

  private static final Member CAROL = Member.join(EntityCode.of("BE"), PersonKind.NATURAL_PERSON, "Carol");
  private static final MembershipRules BELGIUM = EntityCatalog.standard().entity("BE").membershipRules(LocalDate.of(2017, 7, 1));

  @Test
  void buyingShares_makesAShareholder() {
    assertThat(CAROL.isShareholder()).isFalse();
    Member shareholder = CAROL.buyShares(1, ShareCategory.A).buyShares(2, ShareCategory.A);
    assertThat(shareholder.shareholding()).contains(new Shareholding(3, ShareCategory.A));
  }

  @Test
  void sharesStayInTheirCategory() {
    assertThatThrownBy(() -> CAROL.buyShares(1, ShareCategory.A).buyShares(1, ShareCategory.B))
        .isInstanceOf(ValidationException.class)
        .hasMessage("category: member holds category A shares, not B");
  }

  @Test
  void aHoldingPastTheLargestCount_isRefusedRatherThanOverflowing() {
    Member holder = CAROL.buyShares(Integer.MAX_VALUE - 1, ShareCategory.A);
    assertThat(holder.buyShares(1, ShareCategory.A).shareholding()).contains(new Shareholding(Integer.MAX_VALUE, ShareCategory.A));
    assertThatThrownBy(() -> holder.buyShares(2, ShareCategory.A))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("shares: would make more than 2147483647 shares");
  }

  @Test
  void threeContractsWithoutAShare_thenAShareIsNeeded() {
    BELGIUM.requireMayDeclareContract(CAROL, 2);
    assertThatThrownBy(() -> BELGIUM.requireMayDeclareContract(CAROL, 3))
        .isInstanceOf(BusinessRuleException.class)
        .extracting(e -> ((BusinessRuleException) e).rule()).isEqualTo(MembershipRules.SHARE_REQUIRED);
  }

  @Test
  void shareholderOnlyActions_needAShare() {
    for (MemberAction action : MemberAction.values()) {
      assertThatThrownBy(() -> BELGIUM.requireMay(CAROL, action)).isInstanceOf(BusinessRuleException.class);
      BELGIUM.requireMay(CAROL.buyShares(1, ShareCategory.A), action);
    }
  }

  @Test
  void entityWithoutMembershipRules_reservesNothing() {
    MembershipRules france = EntityCatalog.standard().entity("FR").membershipRules(LocalDate.of(2017, 7, 1));
    france.requireMayDeclareContract(CAROL, 100);
    france.requireMay(CAROL, MemberAction.OPEN_ACTIVITY);
  }

  @Test
  void blankName_isRefused() {
    assertThatThrownBy(() -> Member.join(EntityCode.of("BE"), PersonKind.NATURAL_PERSON, " "))
        .isInstanceOf(ValidationException.class)
        .hasMessage("name: is required");
  }

  @Test
  void theMembershipLimit_countsContractsOnlyForAMemberWithoutAShare_andAllowsNoneWithoutOne() {
    Member withoutShare = Member.join(EntityCode.of("BE"), PersonKind.NATURAL_PERSON, "Noor");
    assertThat(BELGIUM.contractsToCount(withoutShare)).isEqualTo(BELGIUM.contractsWithoutShare()).isPositive();
    assertThat(BELGIUM.contractsToCount(withoutShare.buyShares(1, ShareCategory.A))).isZero();
    MembershipRules sharesFirst = new MembershipRules(0, Set.of());
    assertThatThrownBy(() -> sharesFirst.requireMayDeclareContract(withoutShare, 0)).isInstanceOf(BusinessRuleException.class);
  }
}
