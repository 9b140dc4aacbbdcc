package coop.smart.core.activity;

/** Where a food-and-drink (horeca) activity works; only premises without a commercial lease are allowed. */
public enum HorecaPremises {
  SHARED_KITCHEN,
  MOBILE_UNIT,
  /** A home workshop that meets the food-safety rules. */
  HOME_WORKSHOP,
  /** Refused: a commercial lease would bind the cooperative beyond the activity's budget. */
  COMMERCIAL_LEASE
}
