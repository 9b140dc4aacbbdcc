package coop.smart.core.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.error.ValidationException;
import coop.smart.core.money.Rate;
import java.time.LocalDate;
import org.joda.money.Money;
import org.junit.jupiter.api.Test;

/** R1: the fee on an amount excluding VAT. */
class FeeTest {

  private static final EntityCatalog CATALOG = EntityCatalog.standard();
  private static final LocalDate JULY_2017 = LocalDate.of(2017, 7, 14);

  private static Money fee(String entity, String amount, HolderKind holder, LocalDate on) {
    NationalEntity nationalEntity = CATALOG.entity(entity);
    return nationalEntity.fee(Money.parse(nationalEntity.currency() + " " + amount), holder, on).fee();
  }

  @Test
  void france_individualAndLegalPersonRates() {
    assertThat(fee("FR", "1000.00", HolderKind.INDIVIDUAL, JULY_2017)).isEqualTo(Money.parse("EUR 85.00"));
    assertThat(fee("FR", "1000.00", HolderKind.LEGAL_PERSON, JULY_2017)).isEqualTo(Money.parse("EUR 65.00"));
  }

  @Test
  void belgium_reportTurnover_givesTheMutualisedFee() {
    // The report's 6.5 % of turnover: 9,712,751 € on the fee-bearing turnover of 2017.
    assertThat(fee("BE", "149426938.46", HolderKind.INDIVIDUAL, JULY_2017)).isEqualTo(Money.parse("EUR 9712751.00"));
  }

  @Test
  void roundingIsHalfUpToTheCent() {
    assertThat(fee("BE", "1.00", HolderKind.INDIVIDUAL, JULY_2017)).isEqualTo(Money.parse("EUR 0.07")); // 0.065
    assertThat(fee("BE", "0.07", HolderKind.INDIVIDUAL, JULY_2017)).isEqualTo(Money.parse("EUR 0.00")); // 0.00455
    assertThat(fee("BE", "0.08", HolderKind.INDIVIDUAL, JULY_2017)).isEqualTo(Money.parse("EUR 0.01")); // 0.0052
  }

  @Test
  void austria_newFeeFromJuly2021() {
    assertThat(fee("AT", "1000.00", HolderKind.INDIVIDUAL, LocalDate.of(2021, 6, 30))).isEqualTo(Money.parse("EUR 75.00"));
    assertThat(fee("AT", "1000.00", HolderKind.INDIVIDUAL, LocalDate.of(2021, 7, 1))).isEqualTo(Money.parse("EUR 100.00"));
    assertThat(CATALOG.entity("AT").feeRate(HolderKind.LEGAL_PERSON, LocalDate.of(2021, 7, 1))).isEqualTo(Rate.parse("0.1"));
  }

  @Test
  void swedenAndHungary_inTheirOwnCurrencies() {
    assertThat(fee("SE", "1000.00", HolderKind.INDIVIDUAL, JULY_2017)).isEqualTo(Money.parse("SEK 65.00"));
    assertThat(fee("HU", "100000.00", HolderKind.INDIVIDUAL, JULY_2017)).isEqualTo(Money.parse("HUF 8500.00"));
  }

  @Test
  void feeKeepsItsRateDateAndRemainder() {
    Fee fee = CATALOG.entity("ES").fee(Money.parse("EUR 200.00"), HolderKind.INDIVIDUAL, JULY_2017);
    assertThat(fee.rate()).isEqualTo(Rate.parse("0.075"));
    assertThat(fee.on()).isEqualTo(JULY_2017);
    assertThat(fee.remainder()).isEqualTo(Money.parse("EUR 185.00"));
  }

  @Test
  void explainedFee_showsItsArithmeticAndItsRow() {
    Trace.Recorded trace = Trace.recorded();
    CATALOG.entity("AT").fee(Money.parse("EUR 1000.00"), HolderKind.LEGAL_PERSON, LocalDate.of(2021, 7, 1), trace);
    assertThat(trace.explanation()).singleElement().satisfies(fee -> {
      assertThat(fee.computation()).isEqualTo("half-up(1000.00 × 0.1) = 100.00");
      assertThat(fee.rules()).extracting(RuleRow::section, RuleRow::key, RuleRow::from, RuleRow::value)
          .containsExactly(tuple("fee", "LEGAL_PERSON", LocalDate.of(2021, 7, 1), "0.10"));
    });
  }

  @Test
  void negativeAmount_isRefusedNamingTheValue() {
    assertThatThrownBy(() -> fee("BE", "-1.00", HolderKind.INDIVIDUAL, JULY_2017))
        .isInstanceOf(ValidationException.class)
        .hasMessage("amount: must not be negative: EUR -1.00");
  }

  @Test
  void amountInAnotherCurrency_isRefused() {
    assertThatThrownBy(() -> CATALOG.entity("BE").fee(Money.parse("SEK 10.00"), HolderKind.INDIVIDUAL, JULY_2017))
        .isInstanceOf(ValidationException.class)
        .hasMessage("amount.currency: must be EUR, the currency of BE, not SEK")
        .satisfies(e -> assertThat(((ValidationException) e).errors()).containsOnlyKeys("amount.currency"));
  }

  @Test
  void dateBeforeEveryRule_isRefused() {
    assertThatThrownBy(() -> fee("FR", "10.00", HolderKind.INDIVIDUAL, LocalDate.of(2016, 12, 31)))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageStartingWith("no rules in force for FR on 2016-12-31");
  }
}
