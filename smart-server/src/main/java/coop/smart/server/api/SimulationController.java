package coop.smart.server.api;

import coop.smart.core.contract.PayBreakdown;
import coop.smart.core.contract.PayRules;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.entity.Trace;
import coop.smart.core.leasing.AmortisationSchedule;
import coop.smart.core.leasing.Lease;
import coop.smart.server.http.JsonBody;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import org.joda.money.Money;

/** What-if computations that store nothing: pay from an invoice (or back), a lease's schedule. */
public final class SimulationController {

  private final Entities entities;
  private final Clock clock;
  private final JsonBody body;

  public SimulationController(EntityCatalog catalog, Clock clock, JsonBody body) {
    this.entities = new Entities(catalog);
    this.clock = clock;
    this.body = body;
  }

  public void routes(RoutesConfig routes) {
    routes.post("/api/v1/simulations/pay", this::pay);
    routes.post("/api/v1/simulations/lease", this::lease);
  }

  private void pay(Context ctx) {
    PayRequest request = body.read(ctx, PayRequest.class);
    NationalEntity entity = entities.inBody(request.entity());
    LocalDate serviceEnd = request.serviceEnd() != null ? request.serviceEnd() : LocalDate.now(clock);
    HolderKind holder = request.holder() != null ? request.holder() : HolderKind.INDIVIDUAL;
    Money expenses = request.expenses() != null ? request.expenses() : Money.zero(entity.currency());
    PayRules rules = PayRules.of(entity, request.contractType(), holder, serviceEnd);
    Money invoiced = request.reverse()
        ? rules.reverse(request.targetNet(), expenses, request.withholdingRate(), null).invoicedAmount()
        : request.invoicedAmount();
    Trace.Recorded trace = Trace.recorded();
    PayBreakdown pay = rules.forward(invoiced, expenses, request.withholdingRate(), null, request.explained() ? trace : Trace.NONE);
    ctx.json(PayView.of(pay, entity.paymentDates(serviceEnd, null).paymentDate(), entity.coverage(serviceEnd, "fee", "payroll", "payment"),
        trace.explanation()));
  }

  private void lease(Context ctx) {
    LeaseRequest request = body.read(ctx, LeaseRequest.class);
    NationalEntity entity = entities.inBody(request.entity());
    boolean defaultRate = request.annualRate() == null;
    Trace.Recorded trace = Trace.recorded();
    AmortisationSchedule schedule = Lease.quote(entity, request.principal(), defaultRate ? null : request.annualRate().value(),
        request.months(), request.startDate(), request.explained() ? trace : Trace.NONE);
    ctx.json(LeaseQuoteView.of(schedule, defaultRate ? entity.coverage(request.startDate(), "leasing") : entity.coverage(request.startDate()),
        trace.explanation()));
  }
}
