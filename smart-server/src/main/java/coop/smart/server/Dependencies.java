package coop.smart.server;

import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.VatArea;
import coop.smart.persistence.Database;
import coop.smart.server.security.ApiKeys;
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
 * @param healthChecks what {@code GET /health} checks besides the database
 * @param stopTimeout how long stopping waits for requests in flight
 * @param database where the authenticated resources are stored; the server needs one
 * @param keys the API keys the authenticated resources accept
 */
public record Dependencies(EntityCatalog catalog, VatArea vatArea, Clock clock, List<HealthCheck> healthChecks,
                           PrometheusMeterRegistry metrics, Duration stopTimeout, Database database, ApiKeys keys) {

  /** The entities all sit in Central European time, where their days turn. */
  public static final ZoneId ENTITIES_ZONE = ZoneId.of("Europe/Brussels");

  public Dependencies {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(vatArea, "vatArea");
    Objects.requireNonNull(clock, "clock");
    healthChecks = List.copyOf(healthChecks);
    Objects.requireNonNull(metrics, "metrics");
    Objects.requireNonNull(stopTimeout, "stopTimeout");
  }

  /**
   * The shipped entities, the system clock, no health checks yet, 30 seconds to drain; no
   * database or keys yet, which the server needs.
   */
  public static Dependencies standard() {
    return new Dependencies(EntityCatalog.standard(), VatArea.standard(), Clock.system(ENTITIES_ZONE), List.of(),
        new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), Duration.ofSeconds(30), null, null);
  }

  public Dependencies withClock(Clock other) {
    return new Dependencies(catalog, vatArea, other, healthChecks, metrics, stopTimeout, database, keys);
  }

  public Dependencies withHealthChecks(List<HealthCheck> others) {
    return new Dependencies(catalog, vatArea, clock, others, metrics, stopTimeout, database, keys);
  }

  public Dependencies withStopTimeout(Duration other) {
    return new Dependencies(catalog, vatArea, clock, healthChecks, metrics, other, database, keys);
  }

  public Dependencies withDatabase(Database other) {
    return new Dependencies(catalog, vatArea, clock, healthChecks, metrics, stopTimeout, other, keys);
  }

  public Dependencies withKeys(ApiKeys other) {
    return new Dependencies(catalog, vatArea, clock, healthChecks, metrics, stopTimeout, database, other);
  }
}
