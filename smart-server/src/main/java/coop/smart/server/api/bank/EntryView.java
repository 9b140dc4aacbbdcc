package coop.smart.server.api.bank;

import coop.smart.core.bank.BankEntry;
import coop.smart.core.bank.EntryStatus;
import coop.smart.core.bank.StatementEntry;
import java.time.LocalDate;
import org.joda.money.Money;

/**
 * A statement's entry and what became of it. {@code invoice} is the invoice it paid, or the one
 * suggested; {@code paid} what it paid on it and {@code clientCredit} what it paid beyond, kept
 * as the client's credit; {@code note} why it waits, or why it was dismissed.
 */
record EntryView(String id, String statement, int position, String reference, Money amount, String direction, LocalDate bookingDate,
                 LocalDate valueDate, String debtorName, String debtorIban, String remittance, String paymentReference, EntryStatus status,
                 String invoice, Money paid, Money clientCredit, String note) {

  static EntryView of(StatementEntry entry) {
    BankEntry bank = entry.entry();
    return new EntryView(entry.id().toString(), entry.statement().toString(), entry.position(), bank.reference(), bank.amount(),
        bank.credit() ? "CREDIT" : "DEBIT", bank.bookingDate(), bank.valueDate(), bank.debtorName(), bank.debtorIban(), bank.remittance(),
        bank.quotedReference(), entry.status(), entry.invoice() == null ? null : entry.invoice().toString(), entry.paid(),
        entry.clientCredit(), entry.note());
  }
}
