package coop.smart.core.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each data section says until when it was checked; answers for later dates say so. */
class RulesCoverageTest {

  private static final EntityCatalog CATALOG = EntityCatalog.standard();
  private static final LocalDate END_OF_2017 = LocalDate.of(2017, 12, 31);

  @Test
  void belgianPayIn2026_isCoveredOnlyUntil2017_andWarnsNamingTheSections() {
    RulesCoverage coverage = CATALOG.entity("BE").coverage(LocalDate.of(2026, 11, 30), "fee", "payroll", "payment");
    assertThat(coverage.verifiedUntil()).contains(END_OF_2017);
    assertThat(coverage.notVerified()).containsExactly("fee", "payroll", "payment");
    assertThat(coverage.warning()).contains("the rules of fee, payroll, payment were checked against their sources only until 2017-12-31;"
        + " figures for 2026-11-30 may apply rules no longer in force");
  }

  @Test
  void aDateWithinCoverage_hasNoWarning() {
    RulesCoverage coverage = CATALOG.entity("BE").coverage(LocalDate.of(2018, 7, 14), "fee");
    assertThat(coverage.verifiedUntil()).contains(LocalDate.of(2018, 12, 31));
    assertThat(coverage.warning()).isEmpty();
  }

  @Test
  void belgianSections_areCoveredUntilTheirSourcesStop() {
    assertThat(CATALOG.entity("BE").verifiedUntil())
        .containsEntry("fee", LocalDate.of(2018, 12, 31))
        .containsEntry("payment", LocalDate.of(2022, 1, 1))
        .containsEntry("minimumWage", LocalDate.of(2019, 6, 30))
        .containsEntry("payroll", END_OF_2017);
    RulesCoverage platformPay = CATALOG.entity("BE").coverage(LocalDate.of(2025, 2, 1), "minimumWage");
    assertThat(platformPay.warning()).contains("the rules of minimumWage were checked against their sources only until 2019-06-30;"
        + " figures for 2025-02-01 may apply rules no longer in force");
  }

  @Test
  void theEarliestSectionBounds_theAnswer() {
    NationalEntity austria = CATALOG.entity("AT");
    assertThat(austria.verifiedUntil()).containsEntry("fee", LocalDate.of(2021, 7, 1)).containsEntry("payment", END_OF_2017);
    RulesCoverage coverage = austria.coverage(LocalDate.of(2021, 7, 1), "fee", "payment");
    assertThat(coverage.verifiedUntil()).contains(END_OF_2017);
    assertThat(coverage.notVerified()).containsExactly("payment");
  }

  @Test
  void everyRuleSectionOfEveryShippedEntity_saysUntilWhen() {
    for (NationalEntity entity : CATALOG.entities()) {
      assertThat(entity.verifiedUntil()).as(entity.toString()).containsKeys("fee", "payment", "vat", "collection");
    }
    assertThat(CATALOG.entity("BE").verifiedUntil()).containsOnlyKeys("fee", "vat", "collection", "payment", "membership", "payroll",
        "minimumWage", "leasing", "insurance", "contract", "issuer");
  }

  @Test
  void aSectionThatNeverSays_isNotVerified() {
    RulesCoverage coverage = new RulesCoverage(LocalDate.of(2017, 1, 1), java.util.Collections.singletonMap("fee", null));
    assertThat(coverage.verifiedUntil()).isEqualTo(Optional.empty());
    assertThat(coverage.warning()).contains("the rules of fee were checked against their sources only until no date;"
        + " figures for 2017-01-01 may apply rules no longer in force");
  }

  @Test
  void capabilities_followTheDataShipped() {
    assertThat(CATALOG.entity("BE").capabilities()).containsExactlyInAnyOrder(Capability.values());
    assertThat(CATALOG.entity("FR").capabilities())
        .containsExactlyInAnyOrder(Capability.FEES, Capability.PAYMENT_DATES, Capability.INVOICING, Capability.LEASING);
    assertThat(CATALOG.entity("DE").capabilities()).containsExactlyInAnyOrder(Capability.FEES, Capability.PAYMENT_DATES, Capability.INVOICING);
  }

  @Test
  void datedVerifiedUntil_failsAtLoadNamingTheRow() {
    assertThatThrownBy(() -> LayeredData.withRows("BE", "fee | 2017-01-01 | verifiedUntil | 2018-12-31 | s\n"))
        .isInstanceOf(ReferenceDataException.class)
        .hasMessageEndingWith("line 2, column 'from': verifiedUntil is not effective-dated; leave 'from' empty");
    assertThat(List.of(LayeredData.withRows("BE", "fee | | verifiedUntil | 2018-12-31 | s\n").entity("BE").verifiedUntil().get("fee")))
        .as("an embedder's row replaces the shipped one").containsExactly(LocalDate.of(2018, 12, 31));
  }
}
