package coop.smart.examples.integration;

import coop.smart.server.Dependencies;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The clock of the example's own server, moved forward as the days of the story pass: the
 * server refuses to run a day that has not come, so the story waits for it this way.
 */
final class StoryClock extends Clock {

  private volatile Instant now;

  StoryClock(LocalDate day) {
    moveTo(day);
  }

  void moveTo(LocalDate day) {
    now = day.atTime(LocalTime.of(9, 0)).atZone(Dependencies.ENTITIES_ZONE).toInstant();
  }

  @Override
  public ZoneId getZone() {
    return Dependencies.ENTITIES_ZONE;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the story runs in the entities' zone");
  }

  @Override
  public Instant instant() {
    return now;
  }
}
