package coop.smart.core.leasing;

import coop.smart.core.activity.ActivityId;
import coop.smart.core.store.Repository;
import java.util.List;

/** The equipment leases of one entity, each with its amendments and payoff. */
public interface LeaseRepository extends Repository<Lease, LeaseId> {

  /** The leases whose instalments an activity's budget pays, by start date. */
  List<Lease> ofActivity(ActivityId activity);
}
