package coop.smart.server.api;

import coop.smart.core.contract.PayBreakdown;
import coop.smart.core.contract.PayRules;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.entity.Trace;
import coop.smart.core.leasing.AmortisationSchedule;
import coop.smart.core.leasing.Lease;
import java.time.Clock;
import java.time.LocalDate;
import org.joda.money.Money;

/** The what-if computations the API and the public pages answer alike, so both show the same figures. */
public final class Simulations {

  private final Entities entities;
  private final Clock clock;

  public Simulations(EntityCatalog catalog, Clock clock) {
    this.entities = new Entities(catalog);
    this.clock = clock;
  }

  /** The pay from an invoiced amount, or back from the net wanted, with its payment date. */
  public PayView pay(PayRequest request) {
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
    return PayView.of(pay, entity.paymentDates(serviceEnd, null).paymentDate(), entity.coverage(serviceEnd, "fee", "payroll", "payment"),
        trace.explanation());
  }

  /** A lease's schedule; without a rate, at the entity's default rate on the start date. */
  public LeaseQuoteView lease(LeaseRequest request) {
    NationalEntity entity = entities.inBody(request.entity());
    boolean defaultRate = request.annualRate() == null;
    Trace.Recorded trace = Trace.recorded();
    AmortisationSchedule schedule = Lease.quote(entity, request.principal(), defaultRate ? null : request.annualRate().value(),
        request.months(), request.startDate(), request.explained() ? trace : Trace.NONE);
    return LeaseQuoteView.of(schedule, defaultRate ? entity.coverage(request.startDate(), "leasing") : entity.coverage(request.startDate()),
        trace.explanation());
  }
}
