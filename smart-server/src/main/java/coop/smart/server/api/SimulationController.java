package coop.smart.server.api;

import coop.smart.server.http.JsonBody;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** What-if computations that store nothing: pay from an invoice (or back), a lease's schedule. */
public final class SimulationController {

  private final Simulations simulations;
  private final JsonBody body;

  public SimulationController(Simulations simulations, JsonBody body) {
    this.simulations = simulations;
    this.body = body;
  }

  public void routes(RoutesConfig routes) {
    routes.post("/api/v1/simulations/pay", this::pay);
    routes.post("/api/v1/simulations/lease", this::lease);
  }

  private void pay(Context ctx) {
    ctx.json(simulations.pay(body.read(ctx, PayRequest.class)));
  }

  private void lease(Context ctx) {
    ctx.json(simulations.lease(body.read(ctx, LeaseRequest.class)));
  }
}
