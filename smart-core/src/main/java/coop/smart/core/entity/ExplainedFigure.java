package coop.smart.core.entity;

import java.util.List;
import java.util.Objects;
import org.joda.money.Money;

/**
 * How one figure of an answer was computed: the arithmetic with its rounding, as in
 * {@code "half-up(1000.00 × 0.065) = 65.00"}, and the data rows it used.
 */
public record ExplainedFigure(String figure, Money value, String computation, List<RuleRow> rules) {

  public ExplainedFigure {
    Objects.requireNonNull(figure, "figure");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(computation, "computation");
    rules = List.copyOf(rules);
  }
}
