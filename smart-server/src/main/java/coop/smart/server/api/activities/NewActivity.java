package coop.smart.server.api.activities;

import coop.smart.core.activity.HorecaPremises;
import coop.smart.core.activity.Sector;
import coop.smart.server.validation.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/**
 * An activity to open: the first administrator opens it, the others join it; each must hold a
 * share.
 */
record NewActivity(@NotBlank @Text(max = 300) String name, @NotNull @Valid SectorFields sector,
                   @NotNull @Size(min = 1, max = MAX_ADMINISTRATORS, message = "must name from {min} to {max} members")
                   List<@NotNull UUID> administrators) {

  /** More administrators than any activity has: a project is run by a few people. */
  static final int MAX_ADMINISTRATORS = 50;

  /** The line of work; {@code horeca} defaults to false, and only horeca names its premises. */
  record SectorFields(@NotBlank @Text(max = 200) String name, Boolean horeca, HorecaPremises premises) {

    Sector toSector() {
      return new Sector(name, Boolean.TRUE.equals(horeca), premises);
    }
  }
}
