package coop.smart.server.api;

import coop.smart.core.entity.RulesCoverage;
import java.util.List;

/** A warning that an answer uses rules not checked as late as the date asked, as answers show it. */
public record RulesWarning(String code, List<String> sections, String message) {

  /** The warnings {@code coverage} calls for: none, or one naming the sections. */
  public static List<RulesWarning> of(RulesCoverage coverage) {
    return coverage.warning().map(message -> List.of(new RulesWarning(RulesCoverage.RULES_NOT_VERIFIED, coverage.notVerified(), message)))
        .orElse(List.of());
  }
}
