package coop.smart.server;

import coop.smart.core.entity.EntityCatalog;
import coop.smart.server.ops.HealthCheck;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * What the server is built from, passed in so tests and embedders choose their own.
 *
 * @param clock what "today" is when a request gives no date
 * @param healthChecks what {@code GET /health} checks
 * @param stopTimeout how long stopping waits for requests in flight
 */
public record Dependencies(EntityCatalog catalog, Clock clock, List<HealthCheck> healthChecks, PrometheusMeterRegistry metrics,
                           Duration stopTimeout) {

  /** The entities all sit in Central European time, where their days turn. */
  public static final ZoneId ENTITIES_ZONE = ZoneId.of("Europe/Brussels");

  public Dependencies {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(clock, "clock");
    healthChecks = List.copyOf(healthChecks);
    Objects.requireNonNull(metrics, "metrics");
    Objects.requireNonNull(stopTimeout, "stopTimeout");
  }

  /** The shipped entities, the system clock, no health checks yet, 30 seconds to drain. */
  public static Dependencies standard() {
    return new Dependencies(EntityCatalog.standard(), Clock.system(ENTITIES_ZONE), List.of(),
        new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), Duration.ofSeconds(30));
  }

  public Dependencies withClock(Clock other) {
    return new Dependencies(catalog, other, healthChecks, metrics, stopTimeout);
  }

  public Dependencies withHealthChecks(List<HealthCheck> others) {
    return new Dependencies(catalog, clock, others, metrics, stopTimeout);
  }

  public Dependencies withStopTimeout(Duration other) {
    return new Dependencies(catalog, clock, healthChecks, metrics, other);
  }
}
