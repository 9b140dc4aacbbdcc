package coop.smart.server.api.reports;

import coop.smart.core.operation.Reports;
import coop.smart.server.api.Records;
import coop.smart.server.api.Stores;
import coop.smart.server.http.InvalidParameter;
import coop.smart.server.http.Query;
import coop.smart.server.security.Access;
import coop.smart.server.security.Caller;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.Money;

/**
 * {@code /api/v1/reports}: the annual report's figures computed from the entity's records, for
 * its staff: the leasing portfolio table, and the activities' budgets over a year with what
 * they carry over.
 */
public final class ReportController {

  private final Records records;
  private final Access access;

  public ReportController(Records records, Access access) {
    this.records = records;
    this.access = access;
  }

  public void routes(RoutesConfig routes) {
    routes.get("/api/v1/reports/leasing-portfolio", access.allow(Access.STAFF, this::leasingPortfolio));
    routes.get("/api/v1/reports/activities", access.allow(Access.STAFF, this::activities));
  }

  private void leasingPortfolio(Context ctx, Caller caller) {
    ctx.json(PortfolioView.of(caller.entity().value(), reports(caller).leasingPortfolio(year(ctx))));
  }

  private void activities(Context ctx, Caller caller) {
    int year = year(ctx);
    Stores stores = records.of(caller);
    Money zero = Money.zero(stores.entity().currency());
    ActivityYearsView.Figures totals = new ActivityYearsView.Figures(zero, zero, zero, zero);
    List<ActivityYearsView.Line> lines = new ArrayList<>();
    for (Reports.ActivityLine line : new Reports(stores.operated()).activities(year)) {
      lines.add(ActivityYearsView.Line.of(line.activity(), line.year()));
      totals = totals.plus(ActivityYearsView.Figures.of(line.year()));
    }
    ctx.json(new ActivityYearsView(caller.entity().value(), year, totals, lines));
  }

  private Reports reports(Caller caller) {
    return new Reports(records.of(caller).operated());
  }

  private static int year(Context ctx) {
    String text = Query.required(ctx, "year");
    if (text.matches("\\d{4}")) return Integer.parseInt(text);
    throw new InvalidParameter("year", "must be a year such as 2017: '" + text + "'");
  }
}
