package coop.smart.server.web;

import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.error.ValidationException;
import coop.smart.server.api.LeaseQuoteView;
import coop.smart.server.api.LeaseRequest;
import coop.smart.server.api.PayView;
import coop.smart.server.api.Simulations;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import org.joda.money.Money;

/**
 * The pages anyone may see: the entities, each entity's home, the pay simulator and the lease
 * quote. Their figures are the API's simulations' own, computed by the same {@link Simulations}.
 */
public final class PublicPagesController {

  private final Pages pages;
  private final EntityCatalog catalog;
  private final Simulations simulations;
  private final Clock clock;

  PublicPagesController(Pages pages, EntityCatalog catalog, Simulations simulations, Clock clock) {
    this.pages = pages;
    this.catalog = catalog;
    this.simulations = simulations;
    this.clock = clock;
  }

  public void routes(RoutesConfig routes) {
    routes.get("/", pages.open((ctx, visit) -> pages.render(ctx, visit, "entities", "entities", catalog.entities())));
    routes.get("/{entity}", pages.open((ctx, visit) -> pages.render(ctx, visit, "home")));
    routes.get("/{entity}/pay", pages.open((ctx, visit) -> pay(ctx, visit, "pay")));
    routes.get("/{entity}/pay/figures", pages.open((ctx, visit) -> pay(ctx, visit, "payFigures")));
    routes.get("/{entity}/lease", pages.open(this::lease));
  }

  /** The simulator, or (for htmx, as the form changes) its figures alone. */
  private void pay(Context ctx, Visit visit, String template) {
    LocalDate today = LocalDate.now(clock);
    boolean asked = ctx.queryParam("contractType") != null;
    PayForm form = asked ? PayForm.read(FormFields.query(ctx), today) : PayForm.example(today);
    PayView pay = null;
    FormErrors errors = FormErrors.none();
    try {
      pay = simulations.pay(form.request(visit.entity(), FormFields.of(form.fields())));
    } catch (ValidationException e) {
      errors = FormErrors.of(e, visit.texts());
    } catch (BusinessRuleException e) {
      errors = FormErrors.of(e, visit.texts());
    }
    Integer days = form.dayCount();
    Money perDay = pay != null && days != null ? pay.net().dividedBy(days, RoundingMode.HALF_UP) : null;
    pages.render(ctx, visit, template, "form", form, "pay", pay, "netPerDay", perDay, "errors", errors);
  }

  private void lease(Context ctx, Visit visit) {
    FormFields fields = FormFields.query(ctx);
    LeaseForm form = LeaseForm.read(fields, LocalDate.now(clock));
    LeaseQuoteView quote = null;
    FormErrors errors = FormErrors.none();
    if (ctx.queryParam("principal") != null) {
      try {
        LeaseRequest request = form.request(visit.entity(), fields);
        quote = simulations.lease(request);
      } catch (ValidationException e) {
        errors = FormErrors.of(e, visit.texts());
      } catch (BusinessRuleException e) {
        errors = FormErrors.of(e, visit.texts());
      }
    }
    pages.render(ctx, visit, "lease", "form", form, "quote", quote, "errors", errors);
  }
}
