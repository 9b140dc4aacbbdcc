package coop.smart.server.api;

import coop.smart.core.leasing.Instalment;
import java.time.LocalDate;
import org.joda.money.Money;

/** A row of a lease's schedule, as a lease quote and a lease show it. */
public record InstalmentView(int number, LocalDate dueDate, Money instalment, Money interest, Money principal, Money outstanding) {

  public static InstalmentView of(Instalment row) {
    return new InstalmentView(row.number(), row.dueDate(), row.amount(), row.interest(), row.principal(), row.outstanding());
  }
}
