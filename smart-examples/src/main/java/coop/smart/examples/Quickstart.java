package coop.smart.examples;

import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.Fee;
import coop.smart.core.entity.GuaranteedPayment;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.NationalEntity;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.joda.money.Money;

/**
 * Embedding the core in a few lines: for each national entity, the fee on 1,000.00 of its
 * currency and the day the guaranteed salary is paid for a service ending on 14 July 2017.
 */
public final class Quickstart {

  private static final LocalDate SERVICE_END = LocalDate.of(2017, 7, 14);

  private Quickstart() {
  }

  public static void main(String[] args) {
    System.out.printf("%-3s %-18s %-22s %-10s %-12s %s%n", "", "entity", "fee on 1,000.00", "rate", "paid on", "rule");
    for (NationalEntity entity : EntityCatalog.standard().entities()) {
      Fee fee = entity.fee(Money.of(entity.currency(), new BigDecimal("1000.00")), HolderKind.INDIVIDUAL, SERVICE_END);
      GuaranteedPayment payment = entity.paymentDates(SERVICE_END, null);
      System.out.printf("%-3s %-18s %-22s %-10s %-12s %s%n", entity.code(), entity.name(), fee.fee(), fee.rate(),
          payment.paymentDate() + " " + payment.paymentDate().getDayOfWeek().toString().substring(0, 3), payment.rule());
    }
  }
}
