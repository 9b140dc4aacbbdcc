package coop.smart.server.ops;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /health}: 200 and {@code UP} when every check passes, 503 and {@code DOWN}
 * otherwise, with each check's state. Why a check failed is logged, not shown.
 */
public final class HealthController {

  private static final Logger LOG = LoggerFactory.getLogger(HealthController.class);

  private final List<HealthCheck> checks;

  public HealthController(List<HealthCheck> checks) {
    this.checks = List.copyOf(checks);
  }

  public void routes(RoutesConfig routes) {
    routes.get("/health", this::health);
  }

  private void health(Context ctx) {
    Map<String, Status> results = new LinkedHashMap<>();
    for (HealthCheck check : checks) results.put(check.name(), run(check));
    boolean up = results.values().stream().allMatch(Status.UP::equals);
    ctx.status(up ? 200 : 503).json(new Report(up ? Status.UP : Status.DOWN, results));
  }

  private static Status run(HealthCheck check) {
    try {
      check.check();
      return Status.UP;
    } catch (Exception e) {
      LOG.atWarn().setCause(e).addKeyValue("check", check.name()).log("health check failed");
      return Status.DOWN;
    }
  }

  enum Status { UP, DOWN }

  record Report(Status status, Map<String, Status> checks) {
  }
}
