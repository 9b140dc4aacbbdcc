package coop.smart.core.activity;

import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.error.ValidationException;

/**
 * The line of work of an activity and the conditions its sector sets. Food and drink (horeca) is
 * allowed only on premises without a commercial lease.
 *
 * @param premises where a horeca activity works; null for other sectors
 */
public record Sector(String name, boolean horeca, HorecaPremises premises) {

  /** Rule code of the refusal of a horeca activity under a commercial lease. */
  public static final String HORECA_COMMERCIAL_LEASE = "HORECA_COMMERCIAL_LEASE";

  public Sector {
    if (name == null || name.isBlank()) throw ValidationException.of("sector.name", "is required");
    if (horeca && premises == null) {
      throw ValidationException.of("sector.premises", "a horeca activity must say where it works: one of SHARED_KITCHEN, MOBILE_UNIT, HOME_WORKSHOP");
    }
    if (!horeca && premises != null) throw ValidationException.of("sector.premises", "only horeca activities declare premises");
    if (premises == HorecaPremises.COMMERCIAL_LEASE) {
      throw new BusinessRuleException(HORECA_COMMERCIAL_LEASE,
          "a horeca activity is allowed only without a commercial lease (shared kitchen, mobile unit or compliant home workshop)");
    }
    name = name.strip();
  }

  public static Sector of(String name) {
    return new Sector(name, false, null);
  }

  public static Sector horeca(String name, HorecaPremises premises) {
    return new Sector(name, true, premises);
  }
}
