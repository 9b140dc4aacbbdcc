package coop.smart.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.LayeredData;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.error.ValidationException;
import coop.smart.core.member.MemberId;
import coop.smart.core.money.Rate;
import java.time.LocalDate;
import java.time.YearMonth;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

class OpenEndedContractTest {

  private static final NationalEntity BE = EntityCatalog.standard().entity("BE");
  private static final PayRules EMPLOYEE = PayRules.of(BE, ContractType.EMPLOYEE, HolderKind.INDIVIDUAL, LocalDate.of(2017, 1, 1));

  private static Money eur(String amount) {
    return Money.parse("EUR " + amount);
  }

  @Test
  void salaryIsFixedFromATwelfthOfTheEstimate_andTheGapIsTrackedMonthByMonth() {
    // 36,000 a year → 3,000.00 a month; fee 195.00, budget 2,805.00, gross down(1854.5454) = 1,854.54.
    OpenEndedContract cdi = OpenEndedContract.fromEstimate(MemberId.random(), EMPLOYEE, eur("36000.00"), Rate.parse("0.2"),
        YearMonth.of(2017, 1));
    assertThat(cdi.salary().gross()).isEqualTo(eur("1854.54"));
    assertThat(cdi.salary().employmentBudget()).isEqualTo(eur("2805.00"));

    OpenEndedContract afterThree = cdi
        .record(BE, YearMonth.of(2017, 1), eur("1000.00"))   // leaves 935.00: 1,870.00 short
        .record(BE, YearMonth.of(2017, 2), eur("5000.00"))   // leaves 4,675.00: 1,870.00 ahead
        .record(BE, YearMonth.of(2017, 3), eur("3000.00"));  // leaves 2,805.00: even
    assertThat(afterThree.months()).extracting(OpenEndedContract.SmoothingMonth::gap)
        .containsExactly(eur("-1870.00"), eur("1870.00"), eur("0.00"));
    assertThat(afterThree.months()).extracting(OpenEndedContract.SmoothingMonth::cumulativeGap)
        .containsExactly(eur("-1870.00"), eur("0.00"), eur("0.00"));
    assertThat(afterThree.balance()).isEqualTo(eur("0.00"));
  }

  @Test
  void monthsAreRecordedInOrder() {
    OpenEndedContract cdi = OpenEndedContract.fromEstimate(MemberId.random(), EMPLOYEE, eur("36000.00"), Rate.parse("0.2"),
        YearMonth.of(2017, 1));
    assertThatThrownBy(() -> cdi.record(BE, YearMonth.of(2017, 2), eur("10.00")))
        .isInstanceOf(ValidationException.class)
        .hasMessage("month: the next month to record is 2017-01, not 2017-02");
  }

  @Test
  void eachMonthTakesTheFeeInForceThatMonth() {
    // BE with a fee of 8% for individual holders from 2017-03-01 (an embedder's later row).
    NationalEntity raised = LayeredData.withRows("BE", "fee | 2017-03-01 | INDIVIDUAL | 0.08 | test: a later fee\n").entity("BE");
    OpenEndedContract cdi = OpenEndedContract.fromEstimate(MemberId.random(), PayRules.of(raised, ContractType.EMPLOYEE,
        HolderKind.INDIVIDUAL, LocalDate.of(2017, 1, 1)), eur("36000.00"), Rate.parse("0.2"), YearMonth.of(2017, 2));
    OpenEndedContract twoMonths = cdi
        .record(raised, YearMonth.of(2017, 2), eur("3000.00"))   // 6.5%: fee 195.00
        .record(raised, YearMonth.of(2017, 3), eur("3000.00"));  // 8%: fee 240.00
    assertThat(twoMonths.months()).extracting(OpenEndedContract.SmoothingMonth::fee).containsExactly(eur("195.00"), eur("240.00"));
    assertThat(twoMonths.balance()).isEqualTo(eur("-45.00"));
  }
}
