package coop.smart.core.contract;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.NoArgGenerator;
import java.util.Objects;
import java.util.UUID;

/**
 * Identifies an employment contract. A new id is time-ordered (a version 7 UUID), each after those
 * made before it: the contracts of a member that start on one day use a quota in the order they
 * were drafted, which is the order of their ids.
 */
public record ContractId(UUID value) {

  private static final NoArgGenerator TIME_ORDERED = Generators.timeBasedEpochGenerator();

  public ContractId {
    Objects.requireNonNull(value, "value");
  }

  /** A new id, after every id this process made before it (unless the system's clock is set back meanwhile). */
  public static ContractId next() {
    return new ContractId(TIME_ORDERED.generate());
  }

  public static ContractId parse(String text) {
    return new ContractId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
