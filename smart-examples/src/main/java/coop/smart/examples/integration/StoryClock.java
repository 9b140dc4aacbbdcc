package coop.smart.examples.integration;

import coop.smart.server.Dependencies;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * The clock of an example's story, moved forward as its days pass: a server or an operation
 * refuses to run a day that has not come, so the story waits for it this way.
 */
public final class StoryClock extends Clock {

  private volatile Instant now;

  public StoryClock(LocalDate day) {
    moveTo(day);
  }

  public void moveTo(LocalDate day) {
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
