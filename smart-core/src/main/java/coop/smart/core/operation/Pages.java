package coop.smart.core.operation;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One page of a few records read whole, in the order of their ids and starting after a cursor,
 * as the stores page their tables: a member's activities, or their leases.
 */
final class Pages {

  private Pages() {
  }

  static <T> List<T> of(Stream<T> records, Function<T, UUID> id, UUID after, int limit) {
    return records.sorted(Comparator.comparing(id)).filter(record -> after == null || id.apply(record).compareTo(after) > 0)
        .limit(limit).toList();
  }
}
