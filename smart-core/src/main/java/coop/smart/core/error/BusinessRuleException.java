package coop.smart.core.error;

import java.util.Objects;

/**
 * A well-formed request that a rule of the cooperative refuses (a fourth contract without a
 * share, no rules in force on a date…). {@link #rule()} is a stable code callers can match.
 */
public class BusinessRuleException extends IllegalStateException {

  private final String rule;

  public BusinessRuleException(String rule, String message) {
    super(message);
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  public String rule() {
    return rule;
  }
}
