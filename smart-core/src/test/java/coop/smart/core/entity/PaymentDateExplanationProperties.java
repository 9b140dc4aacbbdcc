package coop.smart.core.entity;

import static org.assertj.core.api.Assertions.assertThat;

import coop.smart.core.calendar.BusinessCalendar;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.constraints.DateRange;

/**
 * The trace of R2 gives back the dates it explains: each line is re-derived from its own text
 * (the days it names counted and skipped, checked against the calendar) and the three figures
 * are the answer's.
 */
class PaymentDateExplanationProperties {

  private static final EntityCatalog CATALOG = EntityCatalog.standard();
  private static final String DATE = "(\\d{4}-\\d{2}-\\d{2})";
  private static final Pattern DAY = Pattern.compile("(\\w{3}) " + DATE + "( \\(public holiday\\))?");
  private static final Pattern CALENDAR_DAYS = Pattern.compile(DATE + " \\+ (\\d+) calendar days?");
  private static final Pattern FOLLOWING_MONTH = Pattern.compile("(\\d+)(?:st|nd|rd|th) of the month after " + DATE);
  private static final Pattern WORKING_DAYS = Pattern.compile(
      "(\\d+)(?:st|nd|rd|th) working day \\((\\w{3})-(\\w{3}), public holidays of (\\w+) excluded\\) after " + DATE
          + ": counted ([^;]*)(?:; skipped (.*))?");
  private static final Pattern PRECEDING = Pattern.compile(
      "the latest bank business day \\(Mon-Fri, public holidays of (\\w+) excluded\\) on or before " + DATE + "(?:, skipping (.*))?");

  @Property(tries = 2000)
  void eachLineDerivesItsDate_andTheDatesAreTheAnswer(@ForAll("entities") NationalEntity entity,
      @ForAll @DateRange(min = "2017-01-01", max = "2030-12-31") LocalDate serviceEnd,
      @ForAll @IntRange(min = -10, max = 10) int declaredAfterEnd, @ForAll boolean declared) {
    Trace.Recorded trace = Trace.recorded();
    GuaranteedPayment payment = entity.paymentDates(serviceEnd, declared ? serviceEnd.plusDays(declaredAfterEnd) : null, trace);
    List<ExplainedFigure> lines = trace.explanation();
    assertThat(lines).extracting(ExplainedFigure::figure).containsExactly("start", "guaranteedDate", "paymentDate");
    assertThat(lines).extracting(ExplainedFigure::value).containsExactly(payment.start(), payment.guaranteedDate(), payment.paymentDate());

    LocalDate start = latestDateIn(left(lines.get(0)));
    assertThat(start).as(lines.get(0).computation()).isEqualTo(payment.start());
    LocalDate guaranteed = guaranteedDate(left(lines.get(1)), start, entity.calendar());
    assertThat(guaranteed).as(lines.get(1).computation()).isEqualTo(payment.guaranteedDate());
    assertThat(paymentDate(left(lines.get(2)), guaranteed, entity.calendar())).as(lines.get(2).computation())
        .isEqualTo(payment.paymentDate());
    assertThat(lines.get(1).rules()).singleElement().satisfies(row -> assertThat(row.section()).isEqualTo("payment"));
  }

  private static LocalDate guaranteedDate(String words, LocalDate start, BusinessCalendar calendar) {
    Matcher calendarDays = CALENDAR_DAYS.matcher(words);
    if (calendarDays.matches()) {
      assertThat(LocalDate.parse(calendarDays.group(1))).isEqualTo(start);
      return start.plusDays(Integer.parseInt(calendarDays.group(2)));
    }
    Matcher followingMonth = FOLLOWING_MONTH.matcher(words);
    if (followingMonth.matches()) {
      assertThat(LocalDate.parse(followingMonth.group(2))).isEqualTo(start);
      return start.plusMonths(1).withDayOfMonth(Integer.parseInt(followingMonth.group(1)));
    }
    Matcher working = WORKING_DAYS.matcher(words);
    assertThat(working.matches()).as(words).isTrue();
    assertThat(working.group(4)).isEqualTo(calendar.country());
    assertThat(LocalDate.parse(working.group(5))).isEqualTo(start);
    DayOfWeek first = day(working.group(2));
    DayOfWeek last = day(working.group(3));
    List<LocalDate> counted = days(working.group(6), calendar);
    List<LocalDate> skipped = working.group(7) == null ? List.of() : days(working.group(7), calendar);
    assertThat(counted).hasSize(Integer.parseInt(working.group(1)));
    LocalDate guaranteed = counted.get(counted.size() - 1);
    assertThat(Stream.concat(counted.stream(), skipped.stream()).sorted().toList()).as("every day after the start, once")
        .isEqualTo(start.plusDays(1).datesUntil(guaranteed.plusDays(1)).toList());
    assertThat(counted).allSatisfy(day -> assertThat(inWeek(day, first, last) && !calendar.isPublicHoliday(day)).as("%s counts", day).isTrue());
    assertThat(skipped).allSatisfy(day -> assertThat(inWeek(day, first, last) && !calendar.isPublicHoliday(day)).as("%s is skipped", day).isFalse());
    return guaranteed;
  }

  private static LocalDate paymentDate(String words, LocalDate guaranteed, BusinessCalendar calendar) {
    Matcher preceding = PRECEDING.matcher(words);
    assertThat(preceding.matches()).as(words).isTrue();
    assertThat(preceding.group(1)).isEqualTo(calendar.country());
    assertThat(LocalDate.parse(preceding.group(2))).isEqualTo(guaranteed);
    List<LocalDate> skipped = preceding.group(3) == null ? List.of() : days(preceding.group(3), calendar);
    LocalDate paid = guaranteed.minusDays(skipped.size());
    assertThat(skipped).isEqualTo(paid.plusDays(1).datesUntil(guaranteed.plusDays(1)).toList());
    assertThat(skipped).allSatisfy(day -> assertThat(calendar.isBusinessDay(day)).as("%s is skipped", day).isFalse());
    assertThat(calendar.isBusinessDay(paid)).as("%s is a business day", paid).isTrue();
    return paid;
  }

  /** The days a list names, each with its weekday and, exactly when it is one, "(public holiday)". */
  private static List<LocalDate> days(String list, BusinessCalendar calendar) {
    List<LocalDate> days = new ArrayList<>();
    for (String item : list.split(", ")) {
      Matcher day = DAY.matcher(item);
      assertThat(day.matches()).as(item).isTrue();
      LocalDate date = LocalDate.parse(day.group(2));
      assertThat(day.group(1)).as(item).isEqualTo(date.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
      assertThat(day.group(3) != null).as(item).isEqualTo(calendar.isPublicHoliday(date));
      days.add(date);
    }
    return days;
  }

  private static LocalDate latestDateIn(String words) {
    return Pattern.compile(DATE).matcher(words).results().map(match -> LocalDate.parse(match.group())).max(Comparator.naturalOrder())
        .orElseThrow();
  }

  private static boolean inWeek(LocalDate day, DayOfWeek first, DayOfWeek last) {
    return day.getDayOfWeek().compareTo(first) >= 0 && day.getDayOfWeek().compareTo(last) <= 0;
  }

  private static DayOfWeek day(String abbreviation) {
    return Stream.of(DayOfWeek.values()).filter(day -> day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).equals(abbreviation))
        .findFirst().orElseThrow();
  }

  /** The computation before its " = " result. */
  private static String left(ExplainedFigure line) {
    return line.computation().substring(0, line.computation().lastIndexOf(" = "));
  }

  @Provide
  Arbitrary<NationalEntity> entities() {
    return Arbitraries.of(CATALOG.entities());
  }
}
