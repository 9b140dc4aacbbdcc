package coop.smart.core.member;

import java.util.Objects;
import java.util.UUID;

/** Identifies a member of a national entity. */
public record MemberId(UUID value) {

  public MemberId {
    Objects.requireNonNull(value, "value");
  }

  public static MemberId random() {
    return new MemberId(UUID.randomUUID());
  }

  public static MemberId parse(String text) {
    return new MemberId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
