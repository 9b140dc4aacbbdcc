package coop.smart.server.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import coop.smart.core.entity.Capability;
import coop.smart.core.entity.EntityService;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.entity.RulesCoverage;
import coop.smart.core.money.Rate;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** An entity and the rules in force on a date, as {@code GET /api/v1/entities/{code}} shows it. */
record EntityView(String code, String name, String currency, LocalDate on, Map<HolderKind, Rate> feeRates, String paymentRule,
                  List<EntityService> services, Map<String, LocalDate> coverage, List<Capability> capabilities,
                  @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate rulesVerifiedUntil,
                  @JsonInclude(JsonInclude.Include.NON_EMPTY) List<RulesWarning> warnings) {

  static EntityView of(NationalEntity entity, LocalDate on) {
    RulesCoverage shown = entity.coverage(on, "fee", "payment");
    return new EntityView(entity.code().value(), entity.name(), entity.currency().getCode(), on, entity.feeRatesOn(on),
        entity.paymentRule(on).toString(), List.copyOf(new TreeSet<>(entity.services())), entity.verifiedUntil(),
        List.copyOf(new TreeSet<>(entity.capabilities())), shown.verifiedUntil().orElse(null), RulesWarning.of(shown));
  }
}
