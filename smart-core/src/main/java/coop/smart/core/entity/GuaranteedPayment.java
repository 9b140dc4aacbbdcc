package coop.smart.core.entity;

import coop.smart.core.calendar.PaymentRule;
import java.time.LocalDate;

/**
 * When a guaranteed salary is paid. The clock starts at the later of the end of service and
 * the declaration; {@code guaranteedDate} is the latest date the rule allows and
 * {@code paymentDate} the bank business day the money leaves, never after it.
 */
public record GuaranteedPayment(EntityCode entity, LocalDate serviceEnd, LocalDate start, PaymentRule rule,
                                LocalDate guaranteedDate, LocalDate paymentDate) {
}
