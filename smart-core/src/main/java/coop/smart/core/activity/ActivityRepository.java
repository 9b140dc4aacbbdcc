package coop.smart.core.activity;

import coop.smart.core.store.Repository;

/** The activities of one entity, with their administrators; their money is in the ledger. */
public interface ActivityRepository extends Repository<Activity, ActivityId> {
}
