package coop.smart.server.api.activities;

import coop.smart.server.api.RequiredFields;
import java.util.UUID;

/** The member to invite to administer an activity, or to make one of its administrators. */
record AdministratorRequest(UUID member) {

  AdministratorRequest {
    new RequiredFields().require("member", member).check();
  }
}
