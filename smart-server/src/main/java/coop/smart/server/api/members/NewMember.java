package coop.smart.server.api.members;

import coop.smart.core.entity.Language;
import coop.smart.core.member.PersonKind;
import coop.smart.server.api.RequiredFields;

/** A person joining the entity as a member; {@code language}, of its contracts and pay slips, is the entity's when left out. */
record NewMember(PersonKind kind, String name, Language language) {

  NewMember {
    new RequiredFields().require("kind", kind).require("name", name).check();
  }
}
