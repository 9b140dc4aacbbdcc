package coop.smart.core.leasing;

import java.time.LocalDate;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * A change to a running lease, signed on a date. The balance left after the last instalment
 * due on or before that date, plus what the amendment adds, is re-scheduled over the
 * remaining term (see {@link Lease#amend}). One record per kind of change; two changes on the
 * same date are two amendments.
 */
public sealed interface Amendment permits AddedEquipment, NewTerm {

  LocalDate signedOn();

  /** What the amendment adds to the amount leased: zero unless it adds equipment. */
  Money value(CurrencyUnit currency);

  /** The term of the schedule that follows, given the months the schedule in force still had to run. */
  int termAfter(int monthsLeft);
}
