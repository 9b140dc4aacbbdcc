package coop.smart.core.activity;

import coop.smart.core.member.MemberId;
import coop.smart.core.store.Repository;
import java.util.List;

/** The activities of one entity, with their administrators; their money is in the ledger. */
public interface ActivityRepository extends Repository<Activity, ActivityId> {

  /** The activities {@code member} administers, in the order of their ids: a member runs a few, never a page's worth. */
  List<Activity> administeredBy(MemberId member);
}
