package coop.smart.examples.replay;

import coop.smart.core.report.Violation;
import java.time.LocalDate;

/** The replay stopped at the first day its books broke an invariant. */
final class ReplayStopped extends RuntimeException {

  final LocalDate day;
  final Violation violation;

  ReplayStopped(LocalDate day, Violation violation) {
    super("on " + day + ": " + violation);
    this.day = day;
    this.violation = violation;
  }
}
