package coop.smart.server.api.activities;

import coop.smart.core.activity.Activity;
import coop.smart.core.activity.ActivityId;
import coop.smart.core.error.NotFoundException;
import coop.smart.server.api.Stores;
import coop.smart.server.security.Caller;

/** Reading an activity as a caller may, and guarding its budget while money moves. */
public final class ActivityRecords {

  private ActivityRecords() {
  }

  /**
   * The activity, when the caller may see it: a member's key sees the activities its member
   * administers, and another's as if it did not exist.
   */
  public static Activity visible(Caller caller, Stores stores, ActivityId id) {
    return stores.activities().find(id)
        .filter(activity -> caller.member() == null || activity.administrators().contains(caller.member()))
        .orElseThrow(() -> new NotFoundException("no activity " + id + " is stored in " + caller.entity()));
  }

  /**
   * Saves the activity, read before its budget was, once its money moved. A budget's balance is
   * checked, then spent, in two steps: of two movements of one budget made at once, each would
   * pass the check without seeing the other. Both saves start from the same version, so the
   * second conflicts (409) and rolls back. The new version also tells readers of the activity
   * that its budget changed.
   */
  public static Activity budgetMoved(Stores stores, Activity activity) {
    return stores.activities().save(activity);
  }
}
