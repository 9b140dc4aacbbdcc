package coop.smart.core.leasing;

import java.util.Objects;
import java.util.UUID;

/** Identifies a lease across the system. */
public record LeaseId(UUID value) {

  public LeaseId {
    Objects.requireNonNull(value, "value");
  }

  public static LeaseId random() {
    return new LeaseId(UUID.randomUUID());
  }

  public static LeaseId parse(String text) {
    return new LeaseId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
