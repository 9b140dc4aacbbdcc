package coop.smart.core.invoice;

import java.util.Objects;
import java.util.UUID;

/** Identifies an invoice across the system; its {@link InvoiceNumber} is what the client sees. */
public record InvoiceId(UUID value) {

  public InvoiceId {
    Objects.requireNonNull(value, "value");
  }

  public static InvoiceId random() {
    return new InvoiceId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
