package coop.smart.server.api;

import coop.smart.server.http.InvalidParameter;
import coop.smart.server.http.Query;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The day a scheduled run (reminders, salary payments) is for: the {@code on} query parameter,
 * today by default. Never a day to come: a run does what is due by its day, and doing it ahead
 * would remind clients or pay salaries early.
 */
public final class RunDays {

  public static final String PARAMETER = "on";

  private RunDays() {
  }

  public static LocalDate of(Context ctx, Clock clock) {
    LocalDate today = LocalDate.now(clock);
    LocalDate day = Query.date(ctx, PARAMETER, today);
    if (day.isAfter(today)) throw new InvalidParameter(PARAMETER, "must not be after today, " + today + ": " + day);
    return day;
  }
}
