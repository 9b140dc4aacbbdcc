package coop.smart.server.ops;

import coop.smart.persistence.Database;
import java.time.Duration;

/** The database answers: checked by {@code GET /health}, which says so within a second even while it is down. */
public record DatabaseHealth(Database database) implements HealthCheck {

  private static final Duration WAIT = Duration.ofMillis(800);

  @Override
  public String name() {
    return "database";
  }

  @Override
  public void check() {
    database.ping(WAIT);
  }
}
