package coop.smart.core.entity;

import coop.smart.core.entity.VatDecision;
import coop.smart.core.entity.VatTreatment;
import coop.smart.core.money.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * R8: how an entity taxes its invoices. The standard rate applies unless one of three cases
 * zero-rates the invoice, each printing its legal mention.
 *
 * @param exemptStructures the entity's structures whose invoices are VAT-exempt; empty when none
 * @param exemptMention what their invoices print, or null when no structure is exempt
 */
public record VatRules(Rate standardRate, Set<String> exemptStructures, String exemptMention, String reverseChargeMention,
                       String outsideEuMention) {

  public VatRules {
    Objects.requireNonNull(standardRate, "standardRate");
    Objects.requireNonNull(reverseChargeMention, "reverseChargeMention");
    Objects.requireNonNull(outsideEuMention, "outsideEuMention");
    if (standardRate.value().compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("a VAT rate is a fraction of one, at most 1: " + standardRate);
    }
    exemptStructures = Set.copyOf(exemptStructures);
    if (!exemptStructures.isEmpty() && exemptMention == null) {
      throw new IllegalArgumentException("exempt structures " + exemptStructures + " need the mention their invoices print");
    }
  }

  /** Reads the data-file form of the exempt structures: codes separated by spaces. */
  public static Set<String> parseStructures(String text) {
    return Set.of(text.trim().split("\\s+"));
  }

  /**
   * The VAT of an invoice from {@code entity} to {@code client} issued on {@code on}. The
   * structure's exemption comes first, since it holds whoever the client is; then a client in
   * the entity's own country pays the standard rate; then one outside the EU VAT area on that
   * date pays none; then a business with a VAT number of its own country reverse-charges it; any
   * other client in the EU (a consumer, a business without a VAT number or with another country's)
   * pays the standard rate.
   *
   * @param structure the structure the work runs under, or null
   */
  public VatDecision decide(EntityCode entity, VatCustomer client, String structure, LocalDate on, VatArea area) {
    if (structure != null && exemptStructures.contains(structure)) return VatDecision.zeroRated(VatTreatment.EXEMPT, exemptMention);
    if (client.country().equals(entity.value())) return VatDecision.standard(standardRate);
    if (!area.includes(client.country(), on)) return VatDecision.zeroRated(VatTreatment.OUTSIDE_EU, outsideEuMention);
    if (client.isBusiness() && client.vatNumber() != null
        && client.vatNumber().startsWith(area.vatPrefix(client.country()))) {
      return VatDecision.zeroRated(VatTreatment.REVERSE_CHARGE, reverseChargeMention);
    }
    return VatDecision.standard(standardRate);
  }
}
