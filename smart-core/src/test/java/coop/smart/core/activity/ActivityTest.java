package coop.smart.core.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.member.Member;
import coop.smart.core.member.PersonKind;
import coop.smart.core.member.ShareCategory;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActivityTest {

  private static final NationalEntity BE = EntityCatalog.standard().entity("BE");
  private static final LocalDate ON = LocalDate.of(2017, 5, 2);

  @Test
  void openingAnActivity_needsAShare() {
    Member newcomer = Member.join(BE.code(), PersonKind.NATURAL_PERSON, "Hana");
    assertThatThrownBy(() -> Activity.open(BE, newcomer, "Studio", Sector.of("design"), ON))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessage("Hana holds no cooperative share; BE reserves OPEN_ACTIVITY to shareholders");
    Activity studio = Activity.open(BE, newcomer.buyShares(1, ShareCategory.A), "Studio", Sector.of("design"), ON);
    assertThat(studio.administrators()).containsExactly(newcomer.id());
  }

  @Test
  void severalAdministrators_allShareholders() {
    Member first = Member.join(BE.code(), PersonKind.NATURAL_PERSON, "Ines").buyShares(1, ShareCategory.A);
    Member second = Member.join(BE.code(), PersonKind.NATURAL_PERSON, "Jo");
    Activity studio = Activity.open(BE, first, "Studio", Sector.of("design"), ON);
    assertThatThrownBy(() -> studio.addAdministrator(BE, second, ON)).isInstanceOf(BusinessRuleException.class);
    assertThat(studio.addAdministrator(BE, second.buyShares(2, ShareCategory.A), ON).administrators()).hasSize(2);
  }

  @Test
  void horeca_onlyWithoutACommercialLease() {
    assertThat(Sector.horeca("street food", HorecaPremises.MOBILE_UNIT).premises()).isEqualTo(HorecaPremises.MOBILE_UNIT);
    assertThatThrownBy(() -> Sector.horeca("bistro", HorecaPremises.COMMERCIAL_LEASE))
        .isInstanceOf(BusinessRuleException.class)
        .extracting(e -> ((BusinessRuleException) e).rule()).isEqualTo(Sector.HORECA_COMMERCIAL_LEASE);
  }
}
