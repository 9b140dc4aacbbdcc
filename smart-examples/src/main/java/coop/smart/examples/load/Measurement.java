package coop.smart.examples.load;

import java.time.Duration;
import org.HdrHistogram.Histogram;

/**
 * What one scenario's measured run gave: responses received, how many were errors (a status
 * other than 2xx, or a connection lost with a request in flight), and each response's latency.
 *
 * @param firstError the first error's status and the start of its body, or null when there was none
 */
record Measurement(String scenario, long requests, long errors, Duration elapsed, Histogram latencies, String firstError) {

  double perSecond() {
    return requests / (elapsed.toNanos() / 1e9);
  }

  /** The latency at {@code percentile} (50, 99) in milliseconds. */
  double millisAt(double percentile) {
    return latencies.getValueAtPercentile(percentile) / 1e6;
  }
}
