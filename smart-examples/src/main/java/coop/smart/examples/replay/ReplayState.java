package coop.smart.examples.replay;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a replay holds between days besides the books, saved in each day's own transaction so an
 * interrupted replay resumes from the last day committed: the records it founded the year with
 * (written once), and what it planned for the days to come (written each day).
 */
record ReplayState(Founded founded, Planned planned) {

  /** The members, clients and activities of the year, in the plan's order. */
  record Founded(List<UUID> members, List<UUID> clients, List<UUID> activities) {
  }

  /**
   * By ISO day: the declared contracts to invoice on their last day, the invoices their clients
   * pay then, the clients declared in default then, the leases paid off then and those amended then; the plan's clients
   * already scheduled to default; the lease operations refused for want of budget so far.
   */
  record Planned(Map<String, List<Ending>> ending, Map<String, List<UUID>> paying, Map<String, List<UUID>> defaulting,
                 Map<String, List<UUID>> payingOff, Map<String, List<Amending>> amending, Set<Integer> defaultScheduled, int leasesRefused) {
  }

  /** A running lease to which an item of {@code price} is added. */
  record Amending(UUID lease, BigDecimal price) {
  }

  /** A declared contract to invoice on its last day: its client (the plan's index) pays after {@code payAfter} days, or defaults when negative. */
  record Ending(UUID contract, int client, int payAfter) {
  }
}
