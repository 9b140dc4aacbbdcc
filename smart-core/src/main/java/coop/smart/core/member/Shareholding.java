package coop.smart.core.member;

import java.util.Objects;

/**
 * The shares a member holds. Shares earn no interest and no capital gain, so a holding is just
 * a count in one category.
 */
public record Shareholding(int shares, ShareCategory category) {

  public Shareholding {
    Objects.requireNonNull(category, "category");
    if (shares < 1) throw new IllegalArgumentException("a shareholding is at least one share: " + shares);
  }

  public Shareholding plus(int more) {
    return new Shareholding(Math.addExact(shares, more), category);
  }
}
