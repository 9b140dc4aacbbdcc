package coop.smart.server.api;

import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.error.NotFoundException;
import coop.smart.core.error.ValidationException;
import java.util.List;

/** Finds the entity a request names, in its path (unknown: 404) or in its body (unknown: 400). */
public final class Entities {

  private final EntityCatalog catalog;

  public Entities(EntityCatalog catalog) {
    this.catalog = catalog;
  }

  /** The entity a path names: a code that names none is a resource that does not exist. */
  NationalEntity inPath(String code) {
    return catalog.entities().stream().filter(entity -> entity.code().value().equals(code)).findFirst()
        .orElseThrow(() -> new NotFoundException("no entity has the code '" + code + "'"));
  }

  /** The entity a body's {@code entity} field names: a code that names none is invalid input. */
  public NationalEntity inBody(String code) {
    try {
      return inPath(code);
    } catch (NotFoundException e) {
      throw ValidationException.of("entity", "must be the code of an entity (" + String.join(" ",
          catalog.entities().stream().map(entity -> entity.code().value()).toList()) + "): '" + code + "'");
    }
  }

  List<NationalEntity> all() {
    return catalog.entities();
  }
}
