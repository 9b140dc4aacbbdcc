package coop.smart.server.api.guarantee;

import coop.smart.core.error.NotFoundException;
import coop.smart.core.operation.Payouts;
import coop.smart.core.operation.Role;
import coop.smart.core.operation.SalaryRuns;
import coop.smart.core.payout.BankTransfer;
import coop.smart.core.payout.PayoutDay;
import coop.smart.documents.PaymentOrder;
import coop.smart.server.api.Idempotency;
import coop.smart.server.api.Idempotency.Reply;
import coop.smart.server.api.Records;
import coop.smart.server.api.RunDays;
import coop.smart.server.api.Stores;
import coop.smart.server.http.JsonBody;
import coop.smart.server.http.Negotiation;
import coop.smart.server.security.Access;
import coop.smart.server.security.Caller;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.joda.money.Money;

/**
 * {@code /api/v1/guarantee-fund}: the fund's figures, the contributions set aside for it, the
 * payment run that pays every invoiced contract whose payment date has come, the fund advancing
 * what the client has not paid, and the day's transfers to members as the payment order a bank
 * takes. Staff only.
 */
public final class GuaranteeFundController {

  private static final String PATH = "/api/v1/guarantee-fund";
  private static final String JSON = "application/json";
  private static final String XML = "application/xml";
  /** The header counting the transfers a payment order leaves out, their members having given no bank account. */
  static final String WITHHELD = "Withheld-Transfers";

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
    routes.get(PATH + "/payment-runs/{date}/transfers", access.allow(this::transfers, Role.ADMIN, Role.ADVISOR));
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

  /**
   * A salary the run paid. {@code advanced} is what the guarantee fund paid ahead of the client;
   * {@code transfer} the order to the member's bank, withheld when it gave no account.
   */
  record SalaryPaid(String contract, String member, String invoice, LocalDate paymentDate, Money net, Money advanced, TransferView transfer) {

    static SalaryPaid of(SalaryRuns.Paid paid) {
      return new SalaryPaid(paid.contract().id().toString(), paid.contract().member().toString(),
          paid.invoice() == null ? null : paid.invoice().number().toString(),
          paid.pay().payment().paymentDate(), paid.pay().breakdown().net(), paid.advanced(), TransferView.of(paid.transfer()));
    }
  }

  /** {@code withheld}: the salaries paid whose transfer cannot be ordered, their members having given no bank account. */
  record RunView(LocalDate on, List<SalaryPaid> paid, List<TransferView> withheld) {

    static RunView of(LocalDate on, List<SalaryRuns.Paid> paid) {
      return new RunView(on, paid.stream().map(SalaryPaid::of).toList(),
          paid.stream().map(SalaryRuns.Paid::transfer).filter(BankTransfer::withheld).map(TransferView::of).toList());
    }
  }

  private void payDueSalaries(Context ctx, Caller caller) {
    Stores stores = records.of(caller);
    LocalDate on = RunDays.of(ctx, stores.clock());
    idempotency.respond(ctx, caller, () -> Reply.ok(RunView.of(on, new SalaryRuns(stores.operated()).pay(Records.actor(ctx, caller), on))));
  }

  /** A day's transfers: {@code count} and {@code controlSum} are the orderable ones', the payment order's. */
  record DayView(LocalDate on, int count, Money controlSum, List<TransferView> transfers, List<TransferView> withheld) {

    static DayView of(PayoutDay day) {
      return new DayView(day.on(), day.orderable().size(), day.controlSum(), day.orderable().stream().map(TransferView::of).toList(),
          day.withheld().stream().map(TransferView::of).toList());
    }
  }

  /** The day's transfers as JSON, or as its pain.001 payment order, with the count of those withheld in a header. */
  private void transfers(Context ctx, Caller caller) {
    String type = Negotiation.choose(ctx, List.of(JSON, XML));
    Stores stores = records.of(caller);
    PayoutDay day = new Payouts(stores.operated()).day(day(ctx));
    ctx.header(WITHHELD, Integer.toString(day.withheld().size()));
    if (type.equals(JSON)) {
      ctx.json(DayView.of(day));
      return;
    }
    Negotiation.document(ctx, XML, PaymentOrder.render(stores.entity(), day), "pain.001-" + stores.entity().code() + "-" + day.on() + ".xml");
  }

  /** The day in the path: one that is not a date names no run, like an id that is no id. */
  private static LocalDate day(Context ctx) {
    String text = ctx.pathParam("date");
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new NotFoundException("no payment run is on '" + text + "': a day is an ISO date such as 2017-07-24");
    }
  }
}
