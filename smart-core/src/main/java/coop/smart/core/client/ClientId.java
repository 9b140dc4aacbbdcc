package coop.smart.core.client;

import java.util.Objects;
import java.util.UUID;

/** Identifies a client: a member's customer, invoiced by the entity. */
public record ClientId(UUID value) {

  public ClientId {
    Objects.requireNonNull(value, "value");
  }

  public static ClientId random() {
    return new ClientId(UUID.randomUUID());
  }

  public static ClientId parse(String text) {
    return new ClientId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
