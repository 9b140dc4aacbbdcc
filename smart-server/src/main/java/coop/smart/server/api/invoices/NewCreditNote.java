package coop.smart.server.api.invoices;

import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import org.joda.money.Money;

/**
 * A credit note on an invoice, VAT included: {@code amount} defaults to everything still due
 * (a contract's invoice is only ever credited in full), {@code creditedOn} to today.
 */
record NewCreditNote(@Positive Money amount, LocalDate creditedOn) {
}
