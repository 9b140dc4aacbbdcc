package coop.smart.server.api.guarantee;

import coop.smart.core.contract.Contract;
import coop.smart.core.contract.ContractPay;
import coop.smart.core.contract.QuotaUsage;
import coop.smart.core.flow.MoneyFlow;
import coop.smart.core.flow.MoneyFlow.ContractInvoice;
import coop.smart.core.guarantee.GuaranteedPayroll;
import coop.smart.core.invoice.Invoice;
import coop.smart.core.ledger.JournalEntry;
import coop.smart.server.api.Idempotency;
import coop.smart.server.api.Idempotency.Reply;
import coop.smart.server.api.Records;
import coop.smart.server.api.RunDays;
import coop.smart.server.api.Stores;
import coop.smart.server.http.JsonBody;
import coop.smart.server.security.Access;
import coop.smart.server.security.Caller;
import coop.smart.server.security.Role;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
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
    ctx.json(FundView.of(records.of(caller).flow().fund().report()));
  }

  private void contribute(Context ctx, Caller caller) {
    Contribution request = body.read(ctx, Contribution.class);
    Stores stores = records.of(caller);
    idempotency.respond(ctx, caller, () -> {
      LocalDate on = request.on() != null ? request.on() : LocalDate.now(stores.clock());
      MoneyFlow flow = stores.flow();
      JournalEntry entry = flow.fund().contribute(request.amount(), on);
      stores.audit(caller, ctx, "guarantee-fund.contribute", "journal-entry", entry.id());
      FundView fund = FundView.of(flow.fund().report());
      return Reply.created(PATH, fund);
    });
  }

  /** A salary the run paid. {@code advanced} is what the guarantee fund paid ahead of the client. */
  record SalaryPaid(String contract, String member, String invoice, LocalDate paymentDate, Money net, Money advanced) {
  }

  record RunView(LocalDate on, List<SalaryPaid> paid) {
  }

  /**
   * Pays, on the run's day, every invoiced contract whose payment date is that day or earlier.
   * A contract once paid is no longer invoiced, so running a day again pays nothing twice.
   */
  private void payDueSalaries(Context ctx, Caller caller) {
    Stores stores = records.of(caller);
    LocalDate on = RunDays.of(ctx, stores.clock());
    idempotency.respond(ctx, caller, () -> {
      MoneyFlow flow = stores.flow();
      List<SalaryPaid> paid = new ArrayList<>();
      for (Invoice invoice : stores.invoices().awaitingSalary()) {
        Contract contract = stores.contracts().find(invoice.contract()).orElseThrow();
        QuotaUsage usedBefore = usedBefore(stores, contract);
        ContractPay pay = contract.pay(stores.entity(), usedBefore);
        if (pay.payment().paymentDate().isAfter(on)) continue;
        ContractInvoice after = flow.paySalary(new ContractInvoice(contract, invoice), usedBefore, on);
        stores.contracts().save(after.contract());
        stores.audit(caller, ctx, "contract.pay-salary", "contract", contract.id());
        paid.add(new SalaryPaid(contract.id().toString(), contract.member().toString(), invoice.number().toString(),
            pay.payment().paymentDate(), pay.breakdown().net(), GuaranteedPayroll.shortfall(pay, invoice.paid())));
      }
      return Reply.ok(new RunView(on, paid));
    });
  }

  /** The member's hours counted against the contract type's yearly quota by the contracts that started before this one. */
  private static QuotaUsage usedBefore(Stores stores, Contract contract) {
    List<Contract> earlier = stores.contracts().ofMember(contract.member()).stream()
        .takeWhile(other -> !other.id().equals(contract.id()))
        .toList();
    return QuotaUsage.of(earlier, contract.type());
  }
}
