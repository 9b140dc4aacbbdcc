package coop.smart.core.activity;

import java.util.Objects;
import java.util.UUID;

/** Identifies an activity (a budget-bearing project run by members) across the system. */
public record ActivityId(UUID value) {

  public ActivityId {
    Objects.requireNonNull(value, "value");
  }

  public static ActivityId random() {
    return new ActivityId(UUID.randomUUID());
  }

  public static ActivityId parse(String text) {
    return new ActivityId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
