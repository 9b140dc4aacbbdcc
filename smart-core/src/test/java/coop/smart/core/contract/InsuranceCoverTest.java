package coop.smart.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.client.ClientId;
import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.member.Member;
import coop.smart.core.member.PersonKind;
import coop.smart.core.money.Rate;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** R6. */
class InsuranceCoverTest {

  private static final NationalEntity BE = EntityCatalog.standard().entity("BE");
  private static final Member BOB = Member.join(EntityCode.of("BE"), PersonKind.NATURAL_PERSON, "Bob");

  private static Contract declared(String start, String end, String... days) {
    List<WorkDay> workDays = java.util.Arrays.stream(days).map(day -> WorkDay.of(day, "6")).toList();
    return Contract.draft(BE, new ContractTerms(BOB.id(), ClientId.random(), null, ContractType.ARTIST, "ASSOCIATED_PRODUCTIONS",
            HolderKind.INDIVIDUAL, LocalDate.parse(start), LocalDate.parse(end), workDays, Money.parse("EUR 300.00"), null, Rate.parse("0")))
        .declare(BE, BOB, 0, LocalDate.parse(start));
  }

  @Test
  void coverFollowsTheContracts() {
    List<Contract> contracts = List.of(declared("2017-03-01", "2017-03-10", "2017-03-02", "2017-03-09"));
    assertThat(InsuranceCover.on(BE, LocalDate.of(2017, 2, 28), contracts)).isEqualTo(InsuranceCover.NONE);
    assertThat(InsuranceCover.on(BE, LocalDate.of(2017, 3, 2), contracts)).isEqualTo(InsuranceCover.WORK_ACCIDENT);
    assertThat(InsuranceCover.on(BE, LocalDate.of(2017, 3, 3), contracts)).isEqualTo(InsuranceCover.PRIVATE_LIFE); // not worked
    assertThat(InsuranceCover.on(BE, LocalDate.of(2018, 3, 10), contracts)).isEqualTo(InsuranceCover.PRIVATE_LIFE); // a year after the end
    assertThat(InsuranceCover.on(BE, LocalDate.of(2018, 3, 11), contracts)).isEqualTo(InsuranceCover.NONE);
  }

  @Test
  void aLaterContractExtendsThePrivateLifeCover() {
    List<Contract> contracts = List.of(declared("2017-03-01", "2017-03-10", "2017-03-02"),
        declared("2017-11-06", "2017-11-10", "2017-11-06"));
    assertThat(InsuranceCover.on(BE, LocalDate.of(2018, 6, 1), contracts)).isEqualTo(InsuranceCover.PRIVATE_LIFE);
    assertThat(InsuranceCover.on(BE, LocalDate.of(2018, 11, 11), contracts)).isEqualTo(InsuranceCover.NONE);
  }

  @Test
  void entityWithoutInsuranceRules_isRefused() {
    assertThatThrownBy(() -> InsuranceCover.on(EntityCatalog.standard().entity("FR"), LocalDate.of(2017, 3, 3),
            List.of(declared("2017-03-01", "2017-03-10", "2017-03-02"))))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessage("no insurance rules configured for FR");
  }

  @Test
  void draftsAndCancelledContractsGiveNoCover() {
    Contract cancelled = declared("2017-03-01", "2017-03-10", "2017-03-02").cancel();
    assertThat(InsuranceCover.on(BE, LocalDate.of(2017, 3, 2), List.of(cancelled))).isEqualTo(InsuranceCover.NONE);
  }
}
