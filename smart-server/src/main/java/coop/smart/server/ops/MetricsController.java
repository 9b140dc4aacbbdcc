package coop.smart.server.ops;

import io.javalin.config.RoutesConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/** {@code GET /metrics}: every meter in the Prometheus text format. */
public final class MetricsController {

  private static final String TEXT_FORMAT = "text/plain; version=0.0.4; charset=utf-8";

  private final PrometheusMeterRegistry registry;

  public MetricsController(PrometheusMeterRegistry registry) {
    this.registry = registry;
  }

  public void routes(RoutesConfig routes) {
    routes.get("/metrics", ctx -> ctx.contentType(TEXT_FORMAT).result(registry.scrape()));
  }
}
