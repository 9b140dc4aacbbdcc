package coop.smart.core.invoice;

import coop.smart.core.entity.CollectionStep;
import java.time.LocalDate;
import java.util.Objects;
import org.joda.money.Money;

/** A collection step issued on an invoice: which, when, and what was still due then. */
public record Reminder(CollectionStep step, LocalDate issuedOn, Money outstanding) {

  public Reminder {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(issuedOn, "issuedOn");
    Objects.requireNonNull(outstanding, "outstanding");
  }
}
