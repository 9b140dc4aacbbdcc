package coop.smart.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.client.ClientId;
import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.HourQuota;
import coop.smart.core.entity.PayrollParameters;
import coop.smart.core.money.Rate;
import java.math.BigDecimal;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The limits of the payroll values, each taken at its edge. */
class PayrollBoundariesTest {

  private static PayrollParameters parameters(String employeeRate, String min, String max) {
    return new PayrollParameters(Rate.parse("0.5"), Rate.parse(employeeRate), Rate.parse(min), Rate.parse(max), null);
  }

  @Test
  void employeeRateAndWithholding_stayBelowOne_andTheRangeMayBeASingleRate() {
    assertThat(parameters("0.9999", "0.3", "0.3").allowsWithholding(Rate.parse("0.3"))).isTrue();
    assertThat(parameters("0.1", "0.3", "0.9999").allowsWithholding(Rate.parse("0.9999"))).isTrue();
    assertThatThrownBy(() -> parameters("1", "0", "0.5")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> parameters("0.1", "0", "1")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> parameters("0.1", "0.31", "0.3")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void withholding_isAllowedAtBothEndsOfTheRangeOnly() {
    PayrollParameters range = parameters("0.1", "0.1", "0.5");
    assertThat(range.allowsWithholding(Rate.parse("0.1"))).isTrue();
    assertThat(range.allowsWithholding(Rate.parse("0.5"))).isTrue();
    assertThat(range.allowsWithholding(Rate.parse("0.0999"))).isFalse();
    assertThat(range.allowsWithholding(Rate.parse("0.5001"))).isFalse();
  }

  @Test
  void quotasSplitsAndDays_acceptZeroAndAFullDay() {
    assertThat(new HourQuota(BigDecimal.ZERO, ContractType.EMPLOYEE).hoursPerYear()).isZero();
    assertThatThrownBy(() -> new HourQuota(new BigDecimal("-1"), ContractType.EMPLOYEE)).isInstanceOf(IllegalArgumentException.class);
    assertThat(new QuotaSplit(BigDecimal.ZERO, BigDecimal.ZERO).crossesQuota()).isFalse();
    assertThatThrownBy(() -> new QuotaSplit(BigDecimal.ZERO, new BigDecimal("-1"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new QuotaSplit(new BigDecimal("-1"), BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThat(WorkDay.of("2017-07-14", "24").hours()).isEqualByComparingTo("24");
    assertThat(WorkDay.of("2017-07-14", "0.01").hours()).isEqualByComparingTo("0.01");
    assertThatThrownBy(() -> WorkDay.of("2017-07-14", "24.01")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> WorkDay.of("2017-07-14", "0")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void platformAgreement_mayAgreeNoMinimumHours() {
    PlatformAgreement agreement = new PlatformAgreement(ClientId.random(), BigDecimal.ZERO, Money.parse("EUR 10.00"), Money.parse("EUR 0.00"));
    assertThat(agreement.minimumPaidHoursPerDay()).isZero();
    assertThatThrownBy(() -> new PlatformAgreement(ClientId.random(), new BigDecimal("-1"), Money.parse("EUR 10.00"), Money.parse("EUR 0.00")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
