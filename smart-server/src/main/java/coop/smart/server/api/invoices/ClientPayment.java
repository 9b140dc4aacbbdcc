package coop.smart.server.api.invoices;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;
import org.joda.money.Money;

/** Money a client paid on an invoice, VAT included; {@code paidOn} defaults to today. */
record ClientPayment(@NotNull @Positive Money amount, LocalDate paidOn) {
}
