package coop.smart.core.invoice;

import coop.smart.core.entity.NationalEntity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * R9 for one day: the collection steps whose day has come on an entity's open invoices, each
 * issued at most once per invoice and none on a paid or credited one. Run daily; a day missed
 * is caught up on the next run. Running the same day again on the invoices it returned issues
 * nothing new.
 *
 * @param reminded the invoices that received a step, after it; the others are unchanged
 */
public record ReminderRun(LocalDate day, List<Invoice> reminded) {

  public ReminderRun {
    Objects.requireNonNull(day, "day");
    reminded = List.copyOf(reminded);
  }

  /** Issues the steps due on {@code day} across {@code invoices}, all of {@code entity}. */
  public static ReminderRun on(NationalEntity entity, LocalDate day, Collection<Invoice> invoices) {
    List<Invoice> reminded = new ArrayList<>();
    for (Invoice invoice : invoices) {
      Invoice after = invoice.remind(entity, day);
      if (after.reminders().size() > invoice.reminders().size()) reminded.add(after);
    }
    return new ReminderRun(day, reminded);
  }
}
