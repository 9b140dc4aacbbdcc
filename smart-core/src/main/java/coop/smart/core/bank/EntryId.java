package coop.smart.core.bank;

import java.util.Objects;
import java.util.UUID;

/** An imported statement entry's id. */
public record EntryId(UUID value) {

  public EntryId {
    Objects.requireNonNull(value, "value");
  }

  public static EntryId random() {
    return new EntryId(UUID.randomUUID());
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
