package coop.smart.examples.replay;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What the replay plans to do on the days to come, by day. It keeps apart what was planned since
 * it was last saved, so that each day saves its own plans only, not all those still to come.
 */
final class Schedule<T> {

  private final Map<LocalDate, List<T>> byDay = new HashMap<>();
  private final Map<LocalDate, List<T>> unsaved = new TreeMap<>();

  /** Plans {@code item} for {@code day}, after what was planned for it before. */
  void plan(LocalDate day, T item) {
    byDay.computeIfAbsent(day, on -> new ArrayList<>()).add(item);
    unsaved.computeIfAbsent(day, on -> new ArrayList<>()).add(item);
  }

  /** What is planned for {@code day}, in the order it was planned. */
  List<T> on(LocalDate day) {
    return byDay.getOrDefault(day, List.of());
  }

  /** What was planned since the last call, by the day's ISO date, each item as {@code saved} writes it; then forgets it was unsaved. */
  <R> Map<String, List<R>> takeUnsaved(Function<T, R> saved) {
    Map<String, List<R>> taken = new TreeMap<>();
    unsaved.forEach((day, items) -> taken.put(day.toString(), items.stream().map(saved).toList()));
    unsaved.clear();
    return taken;
  }

  /** Takes up plans saved earlier, in the order they were saved, for the days after {@code done}. */
  <R> void resume(Map<String, List<R>> saved, LocalDate done, Function<R, T> item) {
    saved.forEach((day, items) -> {
      LocalDate on = LocalDate.parse(day);
      if (on.isAfter(done)) items.forEach(each -> byDay.computeIfAbsent(on, planned -> new ArrayList<>()).add(item.apply(each)));
    });
  }
}
