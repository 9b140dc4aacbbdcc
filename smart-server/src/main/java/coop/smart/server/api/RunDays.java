package coop.smart.server.api;

import coop.smart.server.http.Query;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The day a scheduled run (reminders, salary payments, lease billing) or a client's default is
 * for: the {@code on} query parameter, today by default. The core's operations refuse a day to
 * come, or one the entity's rules do not apply to.
 */
public final class RunDays {

  public static final String PARAMETER = "on";

  private RunDays() {
  }

  public static LocalDate of(Context ctx, Clock clock) {
    return Query.date(ctx, PARAMETER, LocalDate.now(clock));
  }
}
