package coop.smart.core.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import coop.smart.core.error.ValidationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** R2, with dates checked by hand against each country's calendar. */
class PaymentDatesTest {

  private static final EntityCatalog CATALOG = EntityCatalog.standard();

  private static GuaranteedPayment pay(String entity, String serviceEnd) {
    return CATALOG.entity(entity).paymentDates(LocalDate.parse(serviceEnd), null);
  }

  @Test
  void belgium_seventhWorkingDay_skipsTheNationalDay() {
    // Fri 14 July → Sat 15, Mon 17, Tue 18, Wed 19, Thu 20, (Fri 21 national day), Sat 22, Mon 24.
    GuaranteedPayment payment = pay("BE", "2017-07-14");
    assertThat(payment.start()).isEqualTo(LocalDate.of(2017, 7, 14));
    assertThat(payment.guaranteedDate()).isEqualTo(LocalDate.of(2017, 7, 24)); // Mon
    assertThat(payment.paymentDate()).isEqualTo(LocalDate.of(2017, 7, 24));
  }

  @Test
  void explanation_namesTheRuleRowAndEveryDayCountedOrSkipped() {
    Trace.Recorded trace = Trace.recorded();
    CATALOG.entity("BE").paymentDates(LocalDate.of(2017, 6, 30), null, trace);
    assertThat(trace.explanation()).extracting(ExplainedFigure::figure, ExplainedFigure::computation).containsExactly(
        tuple("start", "the end of service 2017-06-30 = 2017-06-30"),
        tuple("guaranteedDate", "7th working day (Mon-Sat, public holidays of BE excluded) after 2017-06-30: counted Sat 2017-07-01,"
            + " Mon 2017-07-03, Tue 2017-07-04, Wed 2017-07-05, Thu 2017-07-06, Fri 2017-07-07, Sat 2017-07-08; skipped Sun 2017-07-02"
            + " = 2017-07-08"),
        tuple("paymentDate", "the latest bank business day (Mon-Fri, public holidays of BE excluded) on or before 2017-07-08,"
            + " skipping Sat 2017-07-08 = 2017-07-07"));
    assertThat(trace.explanation().get(1).value()).isEqualTo(LocalDate.of(2017, 7, 8));
    assertThat(trace.explanation().get(1).rules()).containsExactly(new RuleRow("payment", "rule", LocalDate.of(2017, 1, 1),
        "7th working day (Mon-Sat, public holidays excluded) after the end of service, preceding bank business day",
        "design: Belgian 'jours ouvrables', the report's table does not list BE"));
    assertThat(trace.explanation().get(0).rules()).isEmpty();
  }

  @Test
  void explanation_namesTheHolidaysSkipped_andALateDeclaration() {
    Trace.Recorded trace = Trace.recorded();
    CATALOG.entity("BE").paymentDates(LocalDate.of(2017, 7, 10), LocalDate.of(2017, 7, 14), trace);
    assertThat(trace.explanation()).extracting(ExplainedFigure::computation).containsExactly(
        "the later of the end of service 2017-07-10 and the declaration 2017-07-14 = 2017-07-14",
        "7th working day (Mon-Sat, public holidays of BE excluded) after 2017-07-14: counted Sat 2017-07-15, Mon 2017-07-17,"
            + " Tue 2017-07-18, Wed 2017-07-19, Thu 2017-07-20, Sat 2017-07-22, Mon 2017-07-24;"
            + " skipped Sun 2017-07-16, Fri 2017-07-21 (public holiday), Sun 2017-07-23 = 2017-07-24",
        "the latest bank business day (Mon-Fri, public holidays of BE excluded) on or before 2017-07-24 = 2017-07-24");
  }

  @Test
  void explanation_ofCalendarDaysAndOfTheFollowingMonth() {
    Trace.Recorded france = Trace.recorded();
    CATALOG.entity("FR").paymentDates(LocalDate.of(2017, 4, 10), null, france);
    assertThat(france.explanation()).extracting(ExplainedFigure::computation).containsExactly(
        "the end of service 2017-04-10 = 2017-04-10",
        "2017-04-10 + 7 calendar days = 2017-04-17",
        "the latest bank business day (Mon-Fri, public holidays of FR excluded) on or before 2017-04-17,"
            + " skipping Sat 2017-04-15, Sun 2017-04-16, Mon 2017-04-17 (public holiday) = 2017-04-14");
    Trace.Recorded spain = Trace.recorded();
    CATALOG.entity("ES").paymentDates(LocalDate.of(2017, 12, 4), null, spain);
    assertThat(spain.explanation().get(1).computation()).isEqualTo("10th of the month after 2017-12-04 = 2018-01-10");
  }

  @Test
  void belgium_seventhWorkingDayOnASaturday_isPaidTheFridayBefore() {
    // Fri 30 June → Sat 1, Mon 3, Tue 4, Wed 5, Thu 6, Fri 7, Sat 8 July.
    GuaranteedPayment payment = pay("BE", "2017-06-30");
    assertThat(payment.guaranteedDate()).isEqualTo(LocalDate.of(2017, 7, 8)); // Sat
    assertThat(payment.paymentDate()).isEqualTo(LocalDate.of(2017, 7, 7)); // Fri
  }

  @Test
  void belgium_observancesAreWorkingDays() {
    // Mon 30 Oct → Tue 31, (Wed 1 Nov All Saints), Thu 2 (All Souls, an observance only), Fri 3, Sat 4, Mon 6, Tue 7, Wed 8.
    assertThat(pay("BE", "2017-10-30").paymentDate()).isEqualTo(LocalDate.of(2017, 11, 8)); // Wed
  }

  @Test
  void france_jPlus7OnEasterMonday_isPaidOnGoodFriday() {
    GuaranteedPayment payment = pay("FR", "2017-04-10"); // Mon
    assertThat(payment.guaranteedDate()).isEqualTo(LocalDate.of(2017, 4, 17)); // Easter Monday
    assertThat(payment.paymentDate()).isEqualTo(LocalDate.of(2017, 4, 14)); // Fri: a French business day
  }

  @Test
  void germany_jPlus7OnEasterMonday_skipsGoodFridayToo() {
    assertThat(pay("DE", "2017-04-10").paymentDate()).isEqualTo(LocalDate.of(2017, 4, 13)); // Thu
  }

  @Test
  void france_jPlus7OnASunday_isPaidTheFridayBefore() {
    GuaranteedPayment payment = pay("FR", "2017-07-02"); // Sun
    assertThat(payment.guaranteedDate()).isEqualTo(LocalDate.of(2017, 7, 9)); // Sun
    assertThat(payment.paymentDate()).isEqualTo(LocalDate.of(2017, 7, 7)); // Fri
  }

  @Test
  void spain_tenthOfNextMonth_fallsOnSunday() {
    GuaranteedPayment payment = pay("ES", "2017-08-31");
    assertThat(payment.guaranteedDate()).isEqualTo(LocalDate.of(2017, 9, 10)); // Sun
    assertThat(payment.paymentDate()).isEqualTo(LocalDate.of(2017, 9, 8)); // Fri
  }

  @Test
  void italy_tenthOfNextMonth_fromTheFirstDayOfAMonth() {
    GuaranteedPayment payment = pay("IT", "2017-12-01");
    assertThat(payment.guaranteedDate()).isEqualTo(LocalDate.of(2018, 1, 10)); // Wed
    assertThat(payment.paymentDate()).isEqualTo(LocalDate.of(2018, 1, 10));
  }

  @Test
  void hungary_beforeApril2017_tenthOfNextMonth() {
    GuaranteedPayment payment = pay("HU", "2017-03-31");
    assertThat(payment.rule().toString()).startsWith("10th of the month after");
    assertThat(payment.paymentDate()).isEqualTo(LocalDate.of(2017, 4, 10)); // Mon
  }

  @Test
  void hungary_fromApril2017_tenCalendarDays() {
    GuaranteedPayment payment = pay("HU", "2017-04-01"); // Sat
    assertThat(payment.rule().toString()).startsWith("10 calendar days after");
    assertThat(payment.paymentDate()).isEqualTo(LocalDate.of(2017, 4, 11)); // Tue
  }

  @Test
  void hungary_tenDaysOnEasterMonday_skipsGoodFriday() {
    GuaranteedPayment payment = pay("HU", "2017-04-07"); // Fri
    assertThat(payment.guaranteedDate()).isEqualTo(LocalDate.of(2017, 4, 17)); // Easter Monday
    assertThat(payment.paymentDate()).isEqualTo(LocalDate.of(2017, 4, 13)); // Thu
  }

  @Test
  void ruleAppliesByStart_soALateDeclarationTakesTheNewRule() {
    GuaranteedPayment payment = CATALOG.entity("HU").paymentDates(LocalDate.of(2017, 3, 28), LocalDate.of(2017, 4, 3));
    assertThat(payment.start()).isEqualTo(LocalDate.of(2017, 4, 3));
    assertThat(payment.guaranteedDate()).isEqualTo(LocalDate.of(2017, 4, 13));
  }

  @Test
  void declarationBeforeTheEndOfService_doesNotMoveTheStart() {
    GuaranteedPayment payment = CATALOG.entity("BE").paymentDates(LocalDate.of(2017, 7, 14), LocalDate.of(2017, 7, 1));
    assertThat(payment.start()).isEqualTo(LocalDate.of(2017, 7, 14));
    assertThat(payment.paymentDate()).isEqualTo(LocalDate.of(2017, 7, 24));
  }

  @Test
  void dateBeforeEveryRule_isRefusedNamingTheField() {
    assertThatThrownBy(() -> pay("BE", "2016-05-01"))
        .isInstanceOf(ValidationException.class)
        .hasMessage("serviceEnd: must not be before 2017-01-01, when the rules of BE (SMart Belgium) start to apply: 2016-05-01");
    assertThatThrownBy(() -> CATALOG.entity("BE").paymentDates(LocalDate.of(2017, 7, 14), LocalDate.MAX))
        .isInstanceOf(ValidationException.class)
        .hasMessageStartingWith("declaredOn: must not be after 9999-12-31");
  }

  @Test
  void missingServiceEnd_isRefusedNamingTheField() {
    assertThatThrownBy(() -> CATALOG.entity("BE").paymentDates(null, null))
        .isInstanceOf(ValidationException.class)
        .hasMessage("serviceEnd: is required");
  }
}
