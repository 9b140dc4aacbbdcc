package coop.smart.core.bank;

import java.util.Objects;
import java.util.UUID;

/** An imported bank statement's id. */
public record StatementId(UUID value) {

  public StatementId {
    Objects.requireNonNull(value, "value");
  }

  public static StatementId random() {
    return new StatementId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
