package coop.smart.server.api.members;

import coop.smart.core.member.ShareCategory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** Shares a member buys, at most {@value #MAX_COUNT} at once; the first purchase fixes the category. */
record SharePurchase(@NotNull @Positive @Max(MAX_COUNT) Integer count, @NotNull ShareCategory category) {

  /** Far more shares than anyone buys at once: a member holds a handful. */
  static final int MAX_COUNT = 100_000;
}
