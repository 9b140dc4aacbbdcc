package coop.smart.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class PaymentTimingProperties {

  @Property
  void everyRule_readsBackWhatItPrints(@ForAll("rules") PaymentRule rule) {
    assertThat(PaymentRule.parse(rule.toString())).isEqualTo(rule);
  }

  @Provide
  Arbitrary<PaymentRule> rules() {
    Arbitrary<DayOfWeek> days = Arbitraries.of(DayOfWeek.class);
    Arbitrary<PaymentTiming> timings = Arbitraries.oneOf(
        Arbitraries.integers().between(1, 999).map(CalendarDaysAfter::new),
        Arbitraries.integers().between(1, 28).map(DayOfFollowingMonth::new),
        Combinators.combine(Arbitraries.integers().between(1, 999), days, days)
            .filter((n, a, b) -> a.compareTo(b) <= 0)
            .as(WorkingDaysAfter::new));
    return timings.map(PaymentRule::new);
  }
}
