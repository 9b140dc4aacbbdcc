package coop.smart.core.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;

class RateProperties {

  @Property
  void parse_readsBackWhatItPrints(@ForAll @BigRange(min = "0", max = "10") @Scale(6) BigDecimal value) {
    Rate rate = new Rate(value);
    assertThat(Rate.parse(rate.toString())).isEqualTo(rate);
  }

  @Property
  void equalValues_areEqualRates(@ForAll @BigRange(min = "0", max = "10") @Scale(4) BigDecimal value) {
    assertThat(new Rate(value)).isEqualTo(new Rate(value.setScale(8)));
  }
}
