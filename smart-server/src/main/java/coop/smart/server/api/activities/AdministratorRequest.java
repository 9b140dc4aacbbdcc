package coop.smart.server.api.activities;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** The member to invite to administer an activity, or to make one of its administrators. */
record AdministratorRequest(@NotNull UUID member) {
}
