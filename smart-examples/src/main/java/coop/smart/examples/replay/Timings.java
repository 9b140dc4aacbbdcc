package coop.smart.examples.replay;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Where a replay's time goes: the wall time of each phase and the operations it ran, whichever thread ran it. */
final class Timings {

  /** A phase's total time and operation count. */
  record Phase(long nanos, long operations) {
  }

  private final Map<String, Phase> phases = new LinkedHashMap<>();

  <T> T time(String phase, Supplier<T> work) {
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      add(phase, System.nanoTime() - start, 0);
    }
  }

  void time(String phase, Runnable work) {
    time(phase, () -> {
      work.run();
      return null;
    });
  }

  void count(String phase, long operations) {
    add(phase, 0, operations);
  }

  private synchronized void add(String phase, long nanos, long operations) {
    phases.merge(phase, new Phase(nanos, operations), (a, b) -> new Phase(a.nanos() + b.nanos(), a.operations() + b.operations()));
  }

  synchronized Map<String, Phase> phases() {
    return new LinkedHashMap<>(phases);
  }

  synchronized long operations() {
    return phases.values().stream().mapToLong(Phase::operations).sum();
  }
}
