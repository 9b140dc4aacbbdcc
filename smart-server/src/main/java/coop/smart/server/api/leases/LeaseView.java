package coop.smart.server.api.leases;

import coop.smart.core.leasing.AddedEquipment;
import coop.smart.core.leasing.Amendment;
import coop.smart.core.leasing.Equipment;
import coop.smart.core.leasing.Lease;
import coop.smart.core.leasing.NewTerm;
import coop.smart.core.leasing.Payoff;
import coop.smart.core.money.Rate;
import coop.smart.server.api.InstalmentView;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;

/**
 * A lease as the API shows it: its terms as signed, its amendments, its payoff and every
 * instalment the activity pays over its life.
 *
 * @param instalment the monthly instalment of the schedule as signed
 * @param outstanding the balance owed at the end of {@code on}
 * @param payoff null unless the lease was paid off
 */
record LeaseView(String id, String entity, String activity, List<Item> equipment, Money principal, Rate annualRate, int months,
                 LocalDate startDate, Money instalment, List<AmendmentView> amendments, PayoffView payoff, LocalDate on, Money outstanding,
                 List<InstalmentView> schedule, long version) {

  record Item(String description, Money price) {
  }

  /** @param equipment the item added, or null; @param remainingMonths the new term, or null */
  record AmendmentView(LocalDate signedOn, Item equipment, Integer remainingMonths) {
  }

  record PayoffView(LocalDate date, Money amount) {
  }

  static LeaseView of(Lease lease, LocalDate on) {
    return new LeaseView(lease.id().toString(), lease.entity().value(), lease.activity().toString(),
        lease.equipment().stream().map(LeaseView::item).toList(), lease.principal(), lease.annualRate(), lease.months(), lease.startDate(),
        lease.schedules().get(0).instalment(), lease.amendments().stream().map(LeaseView::amendment).toList(),
        lease.payoff().map(LeaseView::payoff).orElse(null), on, lease.outstandingOn(on),
        lease.instalments().stream().map(InstalmentView::of).toList(), lease.version());
  }

  private static Item item(Equipment equipment) {
    return new Item(equipment.description(), equipment.price());
  }

  private static AmendmentView amendment(Amendment amendment) {
    if (amendment instanceof AddedEquipment added) return new AmendmentView(added.signedOn(), item(added.equipment()), null);
    return new AmendmentView(amendment.signedOn(), null, ((NewTerm) amendment).remainingMonths());
  }

  private static PayoffView payoff(Payoff payoff) {
    return new PayoffView(payoff.date(), payoff.amount());
  }
}
