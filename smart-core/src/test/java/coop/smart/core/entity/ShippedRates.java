package coop.smart.core.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * The rates the shipped data must hold, written down from the rules (R1, R8) rather than read
 * from the data, so properties that use them notice a changed row.
 */
public final class ShippedRates {

  private static final LocalDate AUSTRIA_NEW_FEE = LocalDate.of(2021, 7, 1);
  private static final Map<String, String> INDIVIDUAL_FEES = Map.of("BE", "0.065", "FR", "0.085", "SE", "0.065", "ES", "0.075",
      "IT", "0.085", "NL", "0.065", "AT", "0.075", "DE", "0.07", "HU", "0.085");
  private static final Map<String, String> LEGAL_PERSON_FEES = Map.of("BE", "0.065", "FR", "0.065", "SE", "0.065", "ES", "0.075",
      "IT", "0.085", "NL", "0.065", "AT", "0.075", "DE", "0.07", "HU", "0.085");
  private static final Map<String, String> STANDARD_VAT = Map.of("BE", "0.21", "FR", "0.20", "SE", "0.25", "ES", "0.21",
      "IT", "0.22", "NL", "0.21", "AT", "0.20", "DE", "0.19", "HU", "0.27");

  private ShippedRates() {
  }

  /** R1's table: the fee rate of {@code entity} for {@code holder} on a date from 2017 on. */
  public static BigDecimal fee(EntityCode entity, HolderKind holder, LocalDate on) {
    if (entity.value().equals("AT") && !on.isBefore(AUSTRIA_NEW_FEE)) return new BigDecimal("0.10");
    return new BigDecimal((holder == HolderKind.INDIVIDUAL ? INDIVIDUAL_FEES : LEGAL_PERSON_FEES).get(entity.value()));
  }

  /** R8's standard VAT rate of {@code entity}. */
  public static BigDecimal standardVat(EntityCode entity) {
    return new BigDecimal(STANDARD_VAT.get(entity.value()));
  }
}
