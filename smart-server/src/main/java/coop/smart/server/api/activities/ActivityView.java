package coop.smart.server.api.activities;

import coop.smart.core.activity.Activity;
import coop.smart.core.activity.ActivityBudget;
import coop.smart.core.activity.HorecaPremises;
import java.util.List;
import org.joda.money.Money;

/**
 * An activity as the API shows it, with its budget read from the ledger.
 *
 * @param invited members invited to administer it, who have not accepted yet
 * @param closedThrough the last year closed, or null while none is
 */
record ActivityView(String id, String entity, String name, SectorView sector, List<String> administrators, List<String> invited,
                    Integer closedThrough, Budget budget, long version) {

  record SectorView(String name, boolean horeca, HorecaPremises premises) {
  }

  /** @param available what the activity can spend now; @param pending invoiced turnover its clients have not paid yet */
  record Budget(Money available, Money pending) {
  }

  static ActivityView of(Activity activity, ActivityBudget budgets) {
    return new ActivityView(activity.id().toString(), activity.entity().value(), activity.name(),
        new SectorView(activity.sector().name(), activity.sector().horeca(), activity.sector().premises()),
        activity.administrators().stream().map(Object::toString).sorted().toList(),
        activity.invited().stream().map(Object::toString).sorted().toList(),
        activity.closedThrough() == 0 ? null : activity.closedThrough(),
        new Budget(budgets.available(activity.id()), budgets.pending(activity.id())), activity.version());
  }
}
