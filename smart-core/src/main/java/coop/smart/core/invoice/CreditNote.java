package coop.smart.core.invoice;

import java.time.LocalDate;
import java.util.Objects;
import org.joda.money.Money;

/**
 * Part or all of an invoice cancelled: what the client no longer owes, split like the invoice
 * into the amount excluding VAT, the VAT and, out of that amount, the fee given back.
 */
public record CreditNote(LocalDate on, Money net, Money vat, Money fee) {

  public CreditNote {
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(net, "net");
    Objects.requireNonNull(vat, "vat");
    Objects.requireNonNull(fee, "fee");
    if (net.isNegative() || vat.isNegative() || fee.isNegative() || fee.isGreaterThan(net)) {
      throw new IllegalArgumentException("a credit note gives back non-negative amounts, the fee out of the net: net " + net + ", VAT " + vat + ", fee " + fee);
    }
  }

  /** What the client no longer owes: net plus VAT. */
  public Money total() {
    return net.plus(vat);
  }
}
