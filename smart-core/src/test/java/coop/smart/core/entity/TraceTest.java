package coop.smart.core.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** A trace keeps amounts and days with their arithmetic when recorded, and nothing otherwise. */
class TraceTest {

  @Test
  void aRecordedTrace_writesEachFigureWithItsResult() {
    Trace.Recorded trace = Trace.recorded();
    trace.figure("fee", Money.parse("EUR 65.00"), () -> "half-up(1000.00 × 0.065)", List.of());
    trace.date("paymentDate", LocalDate.of(2017, 7, 24), () -> "the latest bank business day on or before 2017-07-24", List.of());
    assertThat(trace.explanation()).containsExactly(
        new ExplainedFigure("fee", Money.parse("EUR 65.00"), "half-up(1000.00 × 0.065) = 65.00", List.of()),
        new ExplainedFigure("paymentDate", LocalDate.of(2017, 7, 24), "the latest bank business day on or before 2017-07-24 = 2017-07-24",
            List.of()));
  }

  @Test
  void theIgnoredTrace_neverBuildsTheText() {
    Trace.NONE.figure("fee", Money.parse("EUR 65.00"), () -> { throw new AssertionError("not asked"); }, List.of());
    Trace.NONE.date("start", LocalDate.of(2017, 7, 14), () -> { throw new AssertionError("not asked"); }, List.of());
  }

  @Test
  void aFigure_isAnAmountOrADay() {
    assertThatThrownBy(() -> new ExplainedFigure("hours", "8", "8 hours", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a figure is an amount or a day, not 8");
  }
}
