package coop.smart.core.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A country's bank business days: Monday to Friday minus its national public holidays.
 * Holidays come from jollyday; only {@link HolidayType#PUBLIC_HOLIDAY} entries count, because
 * some countries' lists also carry observances on which banks work (Belgium's All Souls).
 * Each year's holidays are computed once and kept.
 */
public final class BusinessCalendar {

  private static final Map<String, BusinessCalendar> BY_COUNTRY = new ConcurrentHashMap<>();

  private final String country;
  private final HolidayManager holidays;
  private final Map<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

  private BusinessCalendar(String country, HolidayCalendar calendar) {
    this.country = country;
    this.holidays = HolidayManager.getInstance(ManagerParameters.create(calendar));
  }

  /** The calendar of a country by ISO 3166 code ("BE"); unknown codes are refused. */
  public static BusinessCalendar of(String country) {
    return BY_COUNTRY.computeIfAbsent(country, code -> new BusinessCalendar(code, Arrays.stream(HolidayCalendar.values())
        .filter(calendar -> calendar.getId().equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no public-holiday calendar for country '" + code + "'"))));
  }

  public String country() {
    return country;
  }

  public boolean isPublicHoliday(LocalDate date) {
    return holidaysByYear.computeIfAbsent(date.getYear(), this::publicHolidays).contains(date);
  }

  /** Monday to Friday and not a public holiday: a day banks pay. */
  public boolean isBusinessDay(LocalDate date) {
    return isOpen(date, DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
  }

  /** A day within {@code first..last} of the week that is not a public holiday. */
  public boolean isOpen(LocalDate date, DayOfWeek first, DayOfWeek last) {
    int day = date.getDayOfWeek().getValue();
    return day >= first.getValue() && day <= last.getValue() && !isPublicHoliday(date);
  }

  /** {@code date} itself when it is a business day, otherwise the last business day before it. */
  public LocalDate precedingOrSameBusinessDay(LocalDate date) {
    LocalDate day = date;
    while (!isBusinessDay(day)) day = day.minusDays(1);
    return day;
  }

  /**
   * How {@link #precedingOrSameBusinessDay} found {@code businessDay} from {@code date}, in the
   * words an explanation shows: the rule, then each day it stepped back over and why.
   */
  public String precedingOrSameInWords(LocalDate date, LocalDate businessDay) {
    List<String> skipped = new ArrayList<>();
    for (LocalDate day = businessDay.plusDays(1); !day.isAfter(date); day = day.plusDays(1)) skipped.add(inWords(day));
    return "the latest bank business day (Mon-Fri, public holidays of " + country + " excluded) on or before " + date
        + (skipped.isEmpty() ? "" : ", skipping " + String.join(", ", skipped));
  }

  /** A day as an explanation names it: "Fri 2017-07-21 (public holiday)", "Sun 2017-07-16". */
  public String inWords(LocalDate day) {
    return day.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH) + " " + day + (isPublicHoliday(day) ? " (public holiday)" : "");
  }

  private Set<LocalDate> publicHolidays(int year) {
    return holidays.getHolidays(Year.of(year)).stream()
        .filter(holiday -> holiday.getType() == HolidayType.PUBLIC_HOLIDAY)
        .map(Holiday::getDate)
        .collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public String toString() {
    return "business days of " + country;
  }
}
