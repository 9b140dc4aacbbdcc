package coop.smart.examples.replay;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What a replay holds between days besides the books, saved in each day's own transaction so an
 * interrupted replay resumes from the last day committed: the records it founded the year with
 * (written once), and what each day replayed planned for the days after it (written by that day,
 * so a day writes its own plans, not all those still to come).
 */
record ReplayState(Founded founded, List<Planned> planned) {

  /** The members, clients and activities of the year, in the plan's order. */
  record Founded(List<UUID> members, List<UUID> clients, List<UUID> activities) {
  }

  /**
   * What one day planned, by the ISO day planned for: the declared contracts to invoice on their
   * last day, the invoices their clients pay then, the clients declared in default then, the
   * leases paid off then and those amended then; and the lease operations refused for want of
   * budget so far, that day included.
   */
  record Planned(Map<String, List<Ending>> ending, Map<String, List<UUID>> paying, Map<String, List<UUID>> defaulting,
                 Map<String, List<UUID>> payingOff, Map<String, List<Amending>> amending, int leasesRefused) {
  }

  /** A running lease to which an item of {@code price} is added. */
  record Amending(UUID lease, BigDecimal price) {
  }

  /** A declared contract to invoice on its last day: its client (the plan's index) pays after {@code payAfter} days, or defaults when negative. */
  record Ending(UUID contract, int client, int payAfter) {
  }
}
