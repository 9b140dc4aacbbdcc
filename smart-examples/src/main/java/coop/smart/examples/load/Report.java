package coop.smart.examples.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The table the load tool prints: one row per scenario, measured or skipped. */
final class Report {

  private static final String FORMAT = "%-10s %10s %10s %9s %9s %7s %9s%n";

  private final List<Measurement> measured = new ArrayList<>();
  private final List<String[]> skipped = new ArrayList<>();

  void add(Measurement measurement) {
    measured.add(measurement);
  }

  void skip(String scenario, String why) {
    skipped.add(new String[] {scenario, why});
  }

  List<Measurement> measured() {
    return List.copyOf(measured);
  }

  long errors() {
    return measured.stream().mapToLong(Measurement::errors).sum();
  }

  @Override
  public String toString() {
    Double trivial = measured.stream().filter(m -> m.scenario().equals(Workload.trivial.name())).findFirst()
        .map(Measurement::perSecond).orElse(null);
    StringBuilder table = new StringBuilder(String.format(Locale.ROOT, FORMAT, "scenario", "requests", "req/s", "p50 ms", "p99 ms",
        "errors", "vs trivial"));
    for (Measurement m : measured) {
      table.append(String.format(Locale.ROOT, FORMAT, m.scenario(), m.requests(), String.format(Locale.ROOT, "%.0f", m.perSecond()),
          String.format(Locale.ROOT, "%.3f", m.millisAt(50)), String.format(Locale.ROOT, "%.3f", m.millisAt(99)), m.errors(),
          trivial == null ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * m.perSecond() / trivial)));
    }
    for (String[] row : skipped) table.append(String.format(Locale.ROOT, "%-10s skipped: %s%n", row[0], row[1]));
    for (Measurement m : measured) {
      if (m.firstError() != null) table.append(String.format(Locale.ROOT, "%s's first error: %s%n", m.scenario(), m.firstError()));
    }
    return table.toString();
  }
}
