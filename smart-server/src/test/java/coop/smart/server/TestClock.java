package coop.smart.server;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A server's clock in a test: the system's until the test moves it to a day of its story (at
 * nine in the morning in the entities' zone), then moved on as the story's days pass, for the
 * core refuses a date that has not come.
 */
final class TestClock extends Clock {

  private volatile Instant moved;

  /** The clock on {@code day}. */
  static TestClock on(LocalDate day) {
    TestClock clock = new TestClock();
    clock.moveTo(day);
    return clock;
  }

  void moveTo(LocalDate day) {
    moved = day.atTime(LocalTime.of(9, 0)).atZone(Dependencies.ENTITIES_ZONE).toInstant();
  }

  void move(Duration by) {
    moved = instant().plus(by);
  }

  /** Back to the system's time. */
  void reset() {
    moved = null;
  }

  LocalDate today() {
    return LocalDate.now(this);
  }

  @Override
  public ZoneId getZone() {
    return Dependencies.ENTITIES_ZONE;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    throw new UnsupportedOperationException("the server's days turn in the entities' zone");
  }

  @Override
  public Instant instant() {
    Instant at = moved;
    return at != null ? at : Instant.now();
  }
}
