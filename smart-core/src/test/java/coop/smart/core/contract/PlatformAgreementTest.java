package coop.smart.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.client.ClientId;
import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.money.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** R4: the couriers' convention. */
class PlatformAgreementTest {

  private static final NationalEntity BE = EntityCatalog.standard().entity("BE");

  private static PlatformAgreement couriers(String hourly) {
    return new PlatformAgreement(ClientId.random(), new BigDecimal("3"), Money.parse("EUR " + hourly), Money.parse("EUR 2.00"));
  }

  @Test
  void aDayOfTwoHours_isPaidAsThree() {
    PlatformAgreement.PlatformPay pay = couriers("9.49").pay(BE, List.of(WorkDay.of("2017-07-14", "2")));
    assertThat(pay.paidHours()).isEqualByComparingTo("3");
    assertThat(pay.gross()).isEqualTo(Money.parse("EUR 28.47"));
    assertThat(pay.equipmentAllowance()).isEqualTo(Money.parse("EUR 2.00"));
  }

  @Test
  void longerDays_arePaidByTheHour() {
    PlatformAgreement.PlatformPay pay = couriers("10.00").pay(BE,
        List.of(WorkDay.of("2017-07-13", "1.5"), WorkDay.of("2017-07-14", "4.25")));
    assertThat(pay.paidHours()).isEqualByComparingTo("7.25");
    assertThat(pay.gross()).isEqualTo(Money.parse("EUR 72.50"));
    assertThat(pay.equipmentAllowance()).isEqualTo(Money.parse("EUR 4.00"));
  }

  @Test
  void theInvoiceCoversGrossEmployerCostsFeeAndAllowance() {
    // gross 28.47 needs a budget of at least 43.07 (43.06 / 1.5125 rounds down to 28.46);
    // with the 2.00 allowance, A − half-up(6.5% A) ≥ 45.07: A = 48.20 (fee 3.13), while 48.19 leaves 45.06.
    PayBreakdown invoice = couriers("9.49").pay(BE, List.of(WorkDay.of("2017-07-14", "2")))
        .invoice(PayRules.of(BE, ContractType.EMPLOYEE, HolderKind.INDIVIDUAL, LocalDate.of(2017, 7, 14)), Rate.parse("0"));
    assertThat(invoice.invoicedAmount()).isEqualTo(Money.parse("EUR 48.20"));
    assertThat(invoice.gross()).isEqualTo(Money.parse("EUR 28.47"));
    assertThat(invoice.expenses()).isEqualTo(Money.parse("EUR 2.00"));
  }

  @Test
  void hourlyRateBelowTheMinimumWage_isRefused() {
    // 9.30 was the minimum until May 2017; from June it is 9.49.
    assertThat(couriers("9.30").pay(BE, List.of(WorkDay.of("2017-05-31", "4"))).gross()).isEqualTo(Money.parse("EUR 37.20"));
    assertThatThrownBy(() -> couriers("9.30").pay(BE, List.of(WorkDay.of("2017-06-01", "4"))))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessage("hourly gross EUR 9.30 is below the minimum wage of BE on 2017-06-01 (EUR 9.49 an hour)");
  }

  @Test
  void everyDayWorked_isCheckedAgainstTheMinimumInForceThatDay() {
    // A contract whose first day falls under the 9.30 minimum and whose second under the 9.49 one.
    assertThatThrownBy(() -> couriers("9.40").pay(BE, List.of(WorkDay.of("2017-05-31", "4"), WorkDay.of("2017-06-01", "4"))))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessage("hourly gross EUR 9.40 is below the minimum wage of BE on 2017-06-01 (EUR 9.49 an hour)");
  }

  @Test
  void entityWithoutAMinimumWage_isRefused() {
    NationalEntity france = EntityCatalog.standard().entity("FR");
    assertThatThrownBy(() -> couriers("12.00").pay(france, List.of(WorkDay.of("2017-06-01", "4"))))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessage("no minimum wage configured for FR");
  }
}
