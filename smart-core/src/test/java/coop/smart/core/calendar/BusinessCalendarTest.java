package coop.smart.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How a country's calendar is built from jollyday. A calendar is kept per country once built,
 * with each year's holidays, so these tests forget the kept calendars before and after each
 * one: they check the calendar built now, not one an earlier test left behind.
 */
class BusinessCalendarTest {

  @BeforeEach
  @AfterEach
  void forgetKeptCalendars() throws ReflectiveOperationException {
    Field kept = BusinessCalendar.class.getDeclaredField("BY_COUNTRY");
    kept.setAccessible(true);
    ((Map<?, ?>) kept.get(null)).clear();
  }

  @Test
  void belgium_closesOnItsNationalDay() {
    BusinessCalendar belgium = BusinessCalendar.of("BE");
    assertThat(belgium.country()).isEqualTo("BE");
    assertThat(belgium.isPublicHoliday(LocalDate.of(2017, 7, 21))).isTrue(); // Fri
    assertThat(belgium.isBusinessDay(LocalDate.of(2017, 7, 21))).isFalse(); // Fri
    assertThat(belgium.isBusinessDay(LocalDate.of(2017, 7, 20))).isTrue(); // Thu
  }

  @Test
  void belgium_banksWorkOnTheObservancesJollydayLists() {
    // All Saints is a public holiday; All Souls and the King's Feast are observances on which banks work.
    BusinessCalendar belgium = BusinessCalendar.of("BE");
    assertThat(belgium.isBusinessDay(LocalDate.of(2017, 11, 1))).isFalse(); // Wed
    assertThat(belgium.isBusinessDay(LocalDate.of(2017, 11, 2))).isTrue(); // Thu
    assertThat(belgium.isBusinessDay(LocalDate.of(2017, 11, 15))).isTrue(); // Wed
    assertThat(belgium.isPublicHoliday(LocalDate.of(2017, 11, 2))).isFalse(); // Thu
  }

  @Test
  void precedingOrSameBusinessDay_sundayAfterTheNationalDay_fallsOnThursday() {
    BusinessCalendar belgium = BusinessCalendar.of("BE");
    assertThat(belgium.precedingOrSameBusinessDay(LocalDate.of(2017, 7, 23))) // Sun
        .isEqualTo(LocalDate.of(2017, 7, 20)); // Thu: Sat 22 is a weekend day, Fri 21 the national day
    assertThat(belgium.precedingOrSameBusinessDay(LocalDate.of(2017, 7, 24))) // Mon
        .isEqualTo(LocalDate.of(2017, 7, 24)); // Mon
  }

  @Test
  void eachCountry_hasItsOwnHolidays() {
    // 6 June is Sweden's national day, a working day in Belgium; 21 July the other way round.
    assertThat(BusinessCalendar.of("SE").isBusinessDay(LocalDate.of(2017, 6, 6))).isFalse(); // Tue
    assertThat(BusinessCalendar.of("BE").isBusinessDay(LocalDate.of(2017, 6, 6))).isTrue(); // Tue
    assertThat(BusinessCalendar.of("SE").isBusinessDay(LocalDate.of(2017, 7, 21))).isTrue(); // Fri
  }

  @Test
  void sameCountry_isTheSameCalendar() {
    assertThat(BusinessCalendar.of("BE")).isSameAs(BusinessCalendar.of("BE")).hasToString("business days of BE");
  }

  @Test
  void countryWithoutAPublicHolidayCalendar_isRefused() {
    assertThatThrownBy(() -> BusinessCalendar.of("XX"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no public-holiday calendar for country 'XX'");
  }
}
