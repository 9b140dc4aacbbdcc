package coop.smart.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LeasingExampleTest {

  private static BigDecimal figure(String text, String label) {
    Matcher matcher = Pattern.compile("(?m)^" + Pattern.quote(label) + " +([\\d,.]+)$").matcher(text);
    assertThat(matcher.find()).as("a line '%s'", label).isTrue();
    return new BigDecimal(matcher.group(1).replace(",", ""));
  }

  @Test
  void printsThe14MonthScheduleOfTheReportsAverageLease() {
    String text = Printed.by(LeasingExample::main);

    assertThat(text).startsWith("Lease of 3,596.65 EUR over 14 months from 2018-01-15 at 0.08 a year, the default rate of SMart Belgium");
    assertThat(text.lines().filter(line -> line.matches(" +\\d+ +\\d{4}-\\d{2}-\\d{2} .*"))).hasSize(14);
    assertThat(text).containsPattern("\n +1 +2018-02-15 +269\\.93 +23\\.98 +245\\.95 +3,350\\.70\n");
    assertThat(text).containsPattern("\n +14 +2019-03-15 +269\\.99 +1\\.79 +268\\.20 +0\\.00\n");
    assertThat(text).contains("monthly instalment 269.93, total interest 182.43, total paid 3,779.08");
  }

  @Test
  void printsAPortfolioTableLikeBelgiums2017() {
    String text = Printed.by(LeasingExample::main);

    // The generated year has the report's 271 new contracts; its averages land near the report's
    // 14 months and 3,596.65 a contract, and its instalments near the report's 306.45 a month.
    assertThat(figure(text, "new contracts in the year")).isEqualByComparingTo("271");
    assertThat(figure(text, "average duration (months)")).isCloseTo(new BigDecimal("14"), within(new BigDecimal("1")));
    assertThat(figure(text, "average contract value")).isCloseTo(new BigDecimal("3596.65"), within(new BigDecimal("360")));
    assertThat(figure(text, "average monthly instalment")).isCloseTo(new BigDecimal("306.45"), within(new BigDecimal("31")));
    assertThat(figure(text, "leases running")).isLessThanOrEqualTo(figure(text, "new contracts in the year"));
    assertThat(figure(text, "outstanding total")).isLessThan(figure(text, "total value of contracts/amendments"));
    assertThat(figure(text, "interest accrued since 1 January")).isPositive();
  }

  @Test
  void isTheSameOnEveryRun() {
    assertThat(Printed.by(LeasingExample::main)).isEqualTo(Printed.by(LeasingExample::main));
  }
}
