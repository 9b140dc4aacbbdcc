package coop.smart.server.api;

import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.Fee;
import coop.smart.core.entity.GuaranteedPayment;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.entity.Trace;
import coop.smart.server.http.Query;
import coop.smart.server.json.MoneyText;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.LocalDate;
import org.joda.money.Money;

/** The national entities and their rules: public, read-only. */
public final class EntityController {

  private final Entities entities;
  private final Clock clock;

  public EntityController(EntityCatalog catalog, Clock clock) {
    this.entities = new Entities(catalog);
    this.clock = clock;
  }

  public void routes(RoutesConfig routes) {
    routes.get("/api/v1/entities", this::list);
    routes.get("/api/v1/entities/{code}", this::one);
    routes.get("/api/v1/entities/{code}/payment-date", this::paymentDate);
    routes.get("/api/v1/entities/{code}/fee", this::fee);
  }

  private void list(Context ctx) {
    LocalDate on = Query.date(ctx, "on", LocalDate.now(clock));
    ctx.json(new Items<>(entities.all().stream().map(entity -> EntityView.of(entity, on)).toList()));
  }

  private void one(Context ctx) {
    NationalEntity entity = entities.inPath(ctx.pathParam("code"));
    ctx.json(EntityView.of(entity, Query.date(ctx, "on", LocalDate.now(clock))));
  }

  private void paymentDate(Context ctx) {
    NationalEntity entity = entities.inPath(ctx.pathParam("code"));
    LocalDate serviceEnd = Query.requiredDate(ctx, "serviceEnd");
    Trace.Recorded trace = Trace.recorded();
    GuaranteedPayment payment = entity.paymentDates(serviceEnd, Query.date(ctx, "declaredOn", null),
        Query.flag(ctx, "explain") ? trace : Trace.NONE);
    ctx.json(PaymentDateView.of(payment, entity.coverage(payment.start(), "payment"), trace.explanation()));
  }

  private void fee(Context ctx) {
    NationalEntity entity = entities.inPath(ctx.pathParam("code"));
    Money amount = MoneyText.parse(Query.required(ctx, "amount"), entity.currency(), "amount");
    HolderKind holder = Query.constant(ctx, "holder", HolderKind.class, HolderKind.INDIVIDUAL);
    LocalDate on = Query.date(ctx, "on", LocalDate.now(clock));
    Trace.Recorded trace = Trace.recorded();
    Fee fee = entity.fee(amount, holder, on, Query.flag(ctx, "explain") ? trace : Trace.NONE);
    ctx.json(FeeView.of(fee, entity.coverage(on, "fee"), trace.explanation()));
  }
}
