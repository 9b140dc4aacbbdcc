package coop.smart.server.api.keys;

import coop.smart.core.operation.Role;
import coop.smart.server.api.RequiredFields;
import coop.smart.server.security.ApiKey;
import coop.smart.server.security.KeyScope;
import java.util.UUID;

/**
 * A key to issue: its role, the member a MEMBER key acts for, what it is for, and, for a
 * cooperative administrator, the entity it is of (the caller's when absent) and whether it is a
 * cooperative administrator's key too.
 */
record NewKey(Role role, UUID member, String label, String entity, KeyScope scope) {

  NewKey {
    RequiredFields fields = new RequiredFields().require("role", role).require("label", label);
    if (label != null && label.isBlank()) fields.refuse("label", "must say what the key is for");
    if (label != null && ApiKey.labelFault(label) != null) fields.refuse("label", ApiKey.labelFault(label));
    if (role == Role.MEMBER && member == null) fields.refuse("member", "is required for a MEMBER key: the member it acts for");
    if (role != null && role != Role.MEMBER && member != null) fields.refuse("member", "is only for a MEMBER key, not " + role);
    if (scope == KeyScope.COOPERATIVE && role != null && role != Role.ADMIN) fields.refuse("scope", "COOPERATIVE is for ADMIN keys only, not " + role);
    fields.check();
    if (scope == null) scope = KeyScope.ENTITY;
  }
}
