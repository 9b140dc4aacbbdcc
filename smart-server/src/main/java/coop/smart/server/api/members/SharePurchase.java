package coop.smart.server.api.members;

import coop.smart.core.member.ShareCategory;
import coop.smart.server.api.RequiredFields;

/** Shares a member buys; the first purchase fixes the category. */
record SharePurchase(Integer count, ShareCategory category) {

  SharePurchase {
    new RequiredFields().require("count", count).require("category", category).check();
  }
}
