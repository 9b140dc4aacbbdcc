package coop.smart.core.operation;

import coop.smart.core.activity.Activity;
import coop.smart.core.activity.ActivityBudget;
import coop.smart.core.activity.ActivityYear;
import coop.smart.core.leasing.PortfolioTable;
import coop.smart.core.store.AllRecords;
import java.util.List;

/** The annual report's figures, computed from the entity's records. */
public final class Reports {

  /** An activity's budget over a year. */
  public record ActivityLine(Activity activity, ActivityYear year) {
  }

  private final EntityStores stores;

  public Reports(EntityStores stores) {
    this.stores = stores;
  }

  /** The leasing portfolio table of {@code year}. */
  public PortfolioTable leasingPortfolio(int year) {
    return PortfolioTable.ofYear(year, stores.entity().currency(), AllRecords.of(stores.leases()));
  }

  /** Every activity's budget over {@code year}, with what it carries over. */
  public List<ActivityLine> activities(int year) {
    ActivityBudget budgets = stores.flow().budgets();
    return AllRecords.of(stores.activities()).stream().map(activity -> new ActivityLine(activity, budgets.year(activity.id(), year))).toList();
  }
}
