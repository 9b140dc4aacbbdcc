package coop.smart.core.leasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.error.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** A lease's own rate runs from nothing to the whole principal a year. */
class LeaseRateBoundariesTest {

  private static final NationalEntity BE = EntityCatalog.standard().entity("BE");
  private static final LocalDate START = LocalDate.of(2018, 1, 15);

  private static AmortisationSchedule quote(String rate) {
    return Lease.quote(BE, Money.parse("EUR 1200.00"), new BigDecimal(rate), 12, START);
  }

  @Test
  void zeroAndOne_areRates_andTheSchedulesSaySo() {
    assertThat(quote("0").instalment()).isEqualTo(Money.parse("EUR 100.00"));
    assertThat(quote("1").rows().get(0).interest()).isEqualTo(Money.parse("EUR 100.00")); // 1,200.00 × 1 ÷ 12
  }

  @Test
  void ratesBelowZeroOrAboveOne_areRefusedNamingTheField() {
    for (String rate : new String[] {"-0.01", "1.01"}) {
      assertThatThrownBy(() -> quote(rate)).isInstanceOf(ValidationException.class).hasMessageStartingWith("annualRate: ");
    }
  }
}
