package coop.smart.core.entity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.joda.money.Money;

/**
 * Where a computation writes down its figures as it computes them, to explain an answer.
 * {@link #NONE} writes nothing, so a computation nobody asked to explain builds no text.
 */
public sealed interface Trace {

  /** A trace that keeps nothing. */
  Trace NONE = new Ignored();

  /** A trace that keeps every figure, in the order computed. */
  static Recorded recorded() {
    return new Recorded(new ArrayList<>());
  }

  /** Writes down the amount {@code figure}, computed by {@code computation} from {@code rules}. */
  void figure(String figure, Money value, Supplier<String> computation, List<RuleRow> rules);

  /** Writes down the date {@code figure}, found by {@code computation} from {@code rules}. */
  void date(String figure, LocalDate value, Supplier<String> computation, List<RuleRow> rules);

  /** Keeps nothing. */
  record Ignored() implements Trace {
    @Override
    public void figure(String figure, Money value, Supplier<String> computation, List<RuleRow> rules) {
    }

    @Override
    public void date(String figure, LocalDate value, Supplier<String> computation, List<RuleRow> rules) {
    }
  }

  /** Keeps every figure. */
  record Recorded(List<ExplainedFigure> figures) implements Trace {
    @Override
    public void figure(String figure, Money value, Supplier<String> computation, List<RuleRow> rules) {
      figures.add(new ExplainedFigure(figure, value, computation.get() + " = " + value.getAmount().toPlainString(), rules));
    }

    @Override
    public void date(String figure, LocalDate value, Supplier<String> computation, List<RuleRow> rules) {
      figures.add(new ExplainedFigure(figure, value, computation.get() + " = " + value, rules));
    }

    /** The figures kept, in the order computed. */
    public List<ExplainedFigure> explanation() {
      return List.copyOf(figures);
    }
  }
}
