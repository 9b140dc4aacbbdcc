package coop.smart.core.entity;

import coop.smart.core.entity.VatTreatment;
import coop.smart.core.money.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.joda.money.Money;

/**
 * The VAT one invoice bears, decided on its issue date.
 *
 * @param mention the legal mention the invoice prints, or null under the standard rate
 */
public record VatDecision(VatTreatment treatment, Rate rate, String mention) {

  private static final Rate NONE = new Rate(BigDecimal.ZERO);

  public VatDecision {
    Objects.requireNonNull(treatment, "treatment");
    Objects.requireNonNull(rate, "rate");
    if (treatment != VatTreatment.STANDARD && !rate.equals(NONE)) {
      throw new IllegalArgumentException(treatment + " bears no VAT, not " + rate);
    }
    if (treatment != VatTreatment.STANDARD && (mention == null || mention.isBlank())) {
      throw new IllegalArgumentException(treatment + " needs the legal mention that says why there is no VAT");
    }
  }

  static VatDecision standard(Rate rate) {
    return new VatDecision(VatTreatment.STANDARD, rate, null);
  }

  static VatDecision zeroRated(VatTreatment treatment, String mention) {
    return new VatDecision(treatment, NONE, mention);
  }

  /** The VAT on an amount excluding VAT: {@code half-up(net × rate)}. */
  public Money on(Money net) {
    return rate.of(net, RoundingMode.HALF_UP);
  }
}
