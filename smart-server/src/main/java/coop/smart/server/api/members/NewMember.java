package coop.smart.server.api.members;

import coop.smart.core.member.PersonKind;
import coop.smart.server.api.RequiredFields;

/** A person joining the entity as a member. */
record NewMember(PersonKind kind, String name) {

  NewMember {
    new RequiredFields().require("kind", kind).require("name", name).check();
  }
}
