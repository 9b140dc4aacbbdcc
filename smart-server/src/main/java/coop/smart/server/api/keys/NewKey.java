package coop.smart.server.api.keys;

import coop.smart.core.access.ApiKey;
import coop.smart.core.access.KeyScope;
import coop.smart.core.operation.Role;
import coop.smart.server.validation.RelatedFields;
import coop.smart.server.validation.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/**
 * A key to issue: its role, the member a MEMBER key acts for, what it is for, and, for a
 * cooperative administrator, the entity it is of (the caller's when absent) and whether it is a
 * cooperative administrator's key too.
 */
record NewKey(@NotNull Role role, UUID member, @NotBlank(message = "must say what the key is for") @Text(max = ApiKey.LABEL_LENGTH) String label,
              @Text(max = 2) String entity, KeyScope scope) implements RelatedFields {

  NewKey {
    if (scope == null) scope = KeyScope.ENTITY;
  }

  @Override
  public void check(Refusals refusals) {
    if (role == Role.MEMBER && member == null) refusals.refuse("member", "is required for a MEMBER key: the member it acts for");
    if (role != null && role != Role.MEMBER && member != null) refusals.refuse("member", "is only for a MEMBER key, not " + role);
    if (scope == KeyScope.COOPERATIVE && role != null && role != Role.ADMIN) refusals.refuse("scope", "COOPERATIVE is for ADMIN keys only, not " + role);
  }
}
