package coop.smart.server.api.guarantee;

import coop.smart.core.operation.Role;
import coop.smart.core.operation.SalaryRuns;
import coop.smart.server.api.Idempotency;
import coop.smart.server.api.Idempotency.Reply;
import coop.smart.server.api.Records;
import coop.smart.server.api.RunDays;
import coop.smart.server.api.Stores;
import coop.smart.server.http.JsonBody;
import coop.smart.server.security.Access;
import coop.smart.server.security.Caller;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;

/**
 * {@code /api/v1/guarantee-fund}: the fund's figures, the contributions set aside for it, and
 * the payment run that pays every invoiced contract whose payment date has come, the fund
 * advancing what the client has not paid. Staff only.
 */
public final class GuaranteeFundController {

  private static final String PATH = "/api/v1/guarantee-fund";

  private final Records records;
  private final Access access;
  private final Idempotency idempotency;
  private final JsonBody body;

  public GuaranteeFundController(Records records, Access access, Idempotency idempotency, JsonBody body) {
    this.records = records;
    this.access = access;
    this.idempotency = idempotency;
    this.body = body;
  }

  public void routes(RoutesConfig routes) {
    routes.get(PATH, access.allow(Access.STAFF, this::report));
    routes.post(PATH + "/contributions", access.allow(this::contribute, Role.ADMIN));
    routes.post(PATH + "/payment-runs", access.allow(Access.STAFF, this::payDueSalaries));
  }

  private void report(Context ctx, Caller caller) {
    ctx.json(FundView.of(new SalaryRuns(records.of(caller).operated()).fund()));
  }

  private void contribute(Context ctx, Caller caller) {
    Contribution request = body.read(ctx, Contribution.class);
    SalaryRuns runs = new SalaryRuns(records.of(caller).operated());
    idempotency.respond(ctx, caller, () -> Reply.created(PATH,
        FundView.of(runs.contribute(Records.actor(ctx, caller), request.amount(), request.on()))));
  }

  /** A salary the run paid. {@code advanced} is what the guarantee fund paid ahead of the client. */
  record SalaryPaid(String contract, String member, String invoice, LocalDate paymentDate, Money net, Money advanced) {

    static SalaryPaid of(SalaryRuns.Paid paid) {
      return new SalaryPaid(paid.contract().id().toString(), paid.contract().member().toString(),
          paid.invoice() == null ? null : paid.invoice().number().toString(),
          paid.pay().payment().paymentDate(), paid.pay().breakdown().net(), paid.advanced());
    }
  }

  record RunView(LocalDate on, List<SalaryPaid> paid) {
  }

  private void payDueSalaries(Context ctx, Caller caller) {
    Stores stores = records.of(caller);
    LocalDate on = RunDays.of(ctx, stores.clock());
    idempotency.respond(ctx, caller, () -> Reply.ok(new RunView(on,
        new SalaryRuns(stores.operated()).pay(Records.actor(ctx, caller), on).stream().map(SalaryPaid::of).toList())));
  }
}
