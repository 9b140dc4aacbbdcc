package coop.smart.server.api.activities;

import coop.smart.core.activity.HorecaPremises;
import coop.smart.core.activity.Sector;
import coop.smart.server.api.RequiredFields;
import java.util.List;
import java.util.UUID;

/**
 * An activity to open: the first administrator opens it, the others join it; each must hold a
 * share.
 */
record NewActivity(String name, SectorFields sector, List<UUID> administrators) {

  NewActivity {
    RequiredFields required = new RequiredFields().require("name", name).require("sector", sector).require("administrators", administrators);
    if (administrators != null && administrators.isEmpty()) required.refuse("administrators", "must name at least one member");
    if (administrators != null && administrators.contains(null)) required.refuse("administrators", "must not hold null");
    required.check();
  }

  /** The line of work; {@code horeca} defaults to false, and only horeca names its premises. */
  record SectorFields(String name, Boolean horeca, HorecaPremises premises) {

    SectorFields {
      new RequiredFields().require("sector.name", name).check();
    }

    Sector toSector() {
      return new Sector(name, Boolean.TRUE.equals(horeca), premises);
    }
  }
}
