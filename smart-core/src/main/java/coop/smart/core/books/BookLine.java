package coop.smart.core.books;

import coop.smart.core.entity.ChartJournal;
import java.time.LocalDate;
import org.joda.money.Money;

/**
 * One line of the exported journal: one posting of an entry, with the entry's journal, number,
 * date, document and description.
 *
 * @param number the entry's number within its journal, from 1 without gaps
 * @param document what the entry is about: its reference, or its id when it has none
 * @param debit the posting's amount when a debit, zero otherwise
 * @param credit the posting's amount, as a positive figure, when a credit, zero otherwise
 */
public record BookLine(ChartJournal journal, long number, LocalDate date, BookAccount account, String document, String description,
                       Money debit, Money credit) {
}
