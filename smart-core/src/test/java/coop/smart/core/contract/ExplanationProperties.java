package coop.smart.core.contract;

import static org.assertj.core.api.Assertions.assertThat;

import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.ExplainedFigure;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.entity.Trace;
import coop.smart.core.money.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.joda.money.Money;

/** The trace of a pay computation adds up to the figures it explains, each line re-computed from its own text. */
class ExplanationProperties {

  private static final NationalEntity BE = EntityCatalog.standard().entity("BE");
  private static final Pattern ROUNDED = Pattern.compile("(half-up|down)\\(([0-9.]+) ([×÷]) ([0-9.]+)\\)");

  @Property(tries = 1000)
  void eachLineComputesItsFigure_andTheFiguresAreTheAnswers(@ForAll ContractType type, @ForAll @LongRange(min = 0, max = 100_000_000) long cents,
      @ForAll @IntRange(min = 0, max = 50) int withholdingPercent, @ForAll @IntRange(min = 0, max = 40) int hoursWithin,
      @ForAll @IntRange(min = 0, max = 40) int hoursBeyond) {
    PayRules rules = PayRules.of(BE, type, HolderKind.INDIVIDUAL, LocalDate.of(2017, 7, 14));
    QuotaSplit split = hoursWithin + hoursBeyond == 0 ? null : new QuotaSplit(BigDecimal.valueOf(hoursWithin), BigDecimal.valueOf(hoursBeyond));
    Trace.Recorded trace = Trace.recorded();
    PayBreakdown pay = rules.forward(Money.ofMinor(BE.currency(), cents), Money.zero(BE.currency()),
        new Rate(BigDecimal.valueOf(withholdingPercent, 2)), split, trace);

    Map<String, Money> explained = new HashMap<>();
    for (ExplainedFigure figure : trace.explanation()) {
      Money value = (Money) figure.value();
      assertThat(recompute(figure.computation())).as(figure.computation()).isEqualByComparingTo(value.getAmount());
      explained.put(figure.figure(), value);
    }
    assertThat(explained).containsEntry("fee", pay.fee()).containsEntry("employmentBudget", pay.employmentBudget())
        .containsEntry("employerContributions", pay.employerContributions()).containsEntry("gross", pay.gross())
        .containsEntry("employeeContributions", pay.employeeContributions()).containsEntry("taxable", pay.taxable())
        .containsEntry("withholdingTax", pay.withholdingTax()).containsEntry("net", pay.net());
    assertThat(explained.get("fee").plus(pay.expenses()).plus(explained.get("employerContributions")).plus(explained.get("gross")))
        .isEqualTo(pay.invoicedAmount());
    assertThat(explained.get("employeeContributions").plus(explained.get("withholdingTax")).plus(explained.get("net")))
        .isEqualTo(explained.get("gross"));
  }

  /** The left side of "x = v", computed: a rounded product or quotient, or a sum of terms added or taken away. */
  private static BigDecimal recompute(String computation) {
    String left = computation.substring(0, computation.lastIndexOf(" = "));
    Matcher rounded = ROUNDED.matcher(left);
    if (rounded.matches()) {
      BigDecimal a = new BigDecimal(rounded.group(2));
      BigDecimal b = new BigDecimal(rounded.group(4));
      RoundingMode mode = rounded.group(1).equals("down") ? RoundingMode.DOWN : RoundingMode.HALF_UP;
      return rounded.group(3).equals("×") ? a.multiply(b).setScale(2, mode) : a.divide(b, 2, mode);
    }
    List<String> terms = List.of(left.split(" "));
    BigDecimal total = new BigDecimal(terms.get(0));
    for (int i = 1; i < terms.size(); i += 2) {
      BigDecimal term = new BigDecimal(terms.get(i + 1));
      total = terms.get(i).equals("+") ? total.add(term) : total.subtract(term);
    }
    return total;
  }
}
