package coop.smart.server.api.invoices;

import coop.smart.server.api.RequiredFields;
import java.time.LocalDate;
import org.joda.money.Money;

/** Money a client paid on an invoice, VAT included; {@code paidOn} defaults to today. */
record ClientPayment(Money amount, LocalDate paidOn) {

  ClientPayment {
    new RequiredFields().require("amount", amount).check();
  }
}
