package coop.smart.server.api;

import coop.smart.core.entity.GuaranteedPayment;
import java.time.LocalDate;

/** When a guaranteed salary is paid, as {@code GET /api/v1/entities/{code}/payment-date} shows it. */
record PaymentDateView(String entity, LocalDate serviceEnd, LocalDate start, String rule, LocalDate guaranteedDate,
                       LocalDate paymentDate) {

  static PaymentDateView of(GuaranteedPayment payment) {
    return new PaymentDateView(payment.entity().value(), payment.serviceEnd(), payment.start(), payment.rule().toString(),
        payment.guaranteedDate(), payment.paymentDate());
  }
}
