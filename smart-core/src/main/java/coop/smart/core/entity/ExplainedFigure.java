package coop.smart.core.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.joda.money.Money;

/**
 * How one figure of an answer was computed: the arithmetic with its rounding, as in
 * {@code "half-up(1000.00 × 0.065) = 65.00"}, and the data rows it used.
 *
 * @param value the figure: an amount ({@link Money}) or a day ({@link LocalDate})
 */
public record ExplainedFigure(String figure, Object value, String computation, List<RuleRow> rules) {

  public ExplainedFigure {
    Objects.requireNonNull(figure, "figure");
    if (!(value instanceof Money || value instanceof LocalDate)) {
      throw new IllegalArgumentException("a figure is an amount or a day, not " + value);
    }
    Objects.requireNonNull(computation, "computation");
    rules = List.copyOf(rules);
  }
}
