package coop.smart.core.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.entity.CollectionRules;
import coop.smart.core.entity.CollectionStep;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.entity.VatRules;
import coop.smart.core.error.ValidationException;
import coop.smart.core.money.Rate;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** The limits of invoice numbers, collection rules and VAT rates, each taken at its edge. */
class InvoiceBoundariesTest {

  private static final EntityCode BE = EntityCode.of("BE");

  @Test
  void invoiceNumbers_haveFourDigitYearsAndStartAtOne() {
    assertThat(new InvoiceNumber(BE, 1000, 1).toString()).isEqualTo("BE-1000-000001");
    assertThat(new InvoiceNumber(BE, 9999, 1).year()).isEqualTo(9999);
    assertThatThrownBy(() -> new InvoiceNumber(BE, 999, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new InvoiceNumber(BE, 10000, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new InvoiceNumber(BE, 2017, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void collection_mayBeDueAtOnce_withStepsFromTheDayAfterAndNeverTwoOnOneDay() {
    CollectionStep first = new CollectionStep(CollectionStep.Kind.REMINDER, 1);
    assertThat(new CollectionRules(0, List.of(first)).paymentTermDays()).isZero();
    assertThatThrownBy(() -> new CollectionRules(-1, List.of(first))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CollectionStep(CollectionStep.Kind.REMINDER, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CollectionRules(30, List.of(first, new CollectionStep(CollectionStep.Kind.FORMAL_NOTICE, 1))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aVatRateMayBeTheWhole_butNoMore() {
    assertThat(new VatRules(Rate.parse("1"), Set.of(), null, "reverse", "outside").standardRate()).isEqualTo(Rate.parse("1"));
    assertThatThrownBy(() -> new VatRules(Rate.parse("1.01"), Set.of(), null, "reverse", "outside")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aLineQuantity_takesNineIntegerDigitsAndSixDecimals_butNoMore() {
    Money price = Money.parse("EUR 1.00");
    assertThat(new InvoiceLine("Hours", new BigDecimal("999999999.999999"), price).quantity()).isEqualByComparingTo("999999999.999999");
    assertThatThrownBy(() -> new InvoiceLine("Hours", new BigDecimal("1000000000"), price)).isInstanceOf(ValidationException.class);
    assertThatThrownBy(() -> new InvoiceLine("Hours", new BigDecimal("0.0000001"), price)).isInstanceOf(ValidationException.class);
  }
}
