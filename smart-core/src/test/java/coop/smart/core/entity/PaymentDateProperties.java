package coop.smart.core.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.constraints.DateRange;

/** R2's invariants over every entity and any start from 2017 to 2030. */
class PaymentDateProperties {

  private static final EntityCatalog CATALOG = EntityCatalog.standard();

  @Property(tries = 2000)
  void paymentIsAfterStartAndNeverAfterTheGuaranteedDate(@ForAll("entities") NationalEntity entity,
      @ForAll @DateRange(min = "2017-01-01", max = "2030-12-31") LocalDate serviceEnd) {
    GuaranteedPayment payment = entity.paymentDates(serviceEnd, null);
    assertThat(payment.paymentDate()).isAfter(payment.start()).isBeforeOrEqualTo(payment.guaranteedDate());
  }

  @Property(tries = 2000)
  void paymentDateIsABusinessDay(@ForAll("entities") NationalEntity entity,
      @ForAll @DateRange(min = "2017-01-01", max = "2030-12-31") LocalDate serviceEnd) {
    LocalDate paid = entity.paymentDates(serviceEnd, null).paymentDate();
    assertThat(entity.calendar().isBusinessDay(paid)).as("%s is a business day of %s", paid, entity.code()).isTrue();
  }

  @Property(tries = 2000)
  void aLaterStartNeverPaysEarlier(@ForAll("entities") NationalEntity entity,
      @ForAll @DateRange(min = "2017-01-01", max = "2030-12-31") LocalDate serviceEnd,
      @ForAll @IntRange(min = 1, max = 60) int daysLater) {
    LocalDate earlier = entity.paymentDates(serviceEnd, null).paymentDate();
    LocalDate later = entity.paymentDates(serviceEnd.plusDays(daysLater), null).paymentDate();
    assertThat(later).isAfterOrEqualTo(earlier);
  }

  @Property(tries = 1000)
  void theClockStartsAtTheLaterOfEndAndDeclaration(@ForAll("entities") NationalEntity entity,
      @ForAll @DateRange(min = "2017-01-01", max = "2030-12-31") LocalDate serviceEnd,
      @ForAll @IntRange(min = -30, max = 30) int declaredAfterEnd) {
    LocalDate declaredOn = serviceEnd.plusDays(declaredAfterEnd);
    GuaranteedPayment payment = entity.paymentDates(serviceEnd, declaredOn);
    assertThat(payment.start()).isEqualTo(declaredAfterEnd > 0 ? declaredOn : serviceEnd);
    assertThat(payment.paymentDate()).isAfter(declaredOn);
  }

  @Provide
  Arbitrary<NationalEntity> entities() {
    return Arbitraries.of(CATALOG.entities());
  }
}
