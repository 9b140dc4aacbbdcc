package coop.smart.core.contract;

import java.util.Objects;
import java.util.UUID;

/** Identifies an employment contract. */
public record ContractId(UUID value) {

  public ContractId {
    Objects.requireNonNull(value, "value");
  }

  public static ContractId random() {
    return new ContractId(UUID.randomUUID());
  }

  public static ContractId parse(String text) {
    return new ContractId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
