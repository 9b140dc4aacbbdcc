package coop.smart.server.api.keys;

import coop.smart.core.operation.Role;
import coop.smart.server.security.ApiKey;
import coop.smart.server.validation.RelatedFields;
import coop.smart.server.validation.Text;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** A key to issue: its role, the member a MEMBER key acts for, and what it is for, on one line of the keys file. */
record NewKey(@NotNull Role role, UUID member, @NotBlank(message = "must say what the key is for") @Text(max = ApiKey.LABEL_LENGTH) String label)
    implements RelatedFields {

  @Override
  public void check(Refusals refusals) {
    if (role == Role.MEMBER && member == null) refusals.refuse("member", "is required for a MEMBER key: the member it acts for");
    if (role != null && role != Role.MEMBER && member != null) refusals.refuse("member", "is only for a MEMBER key, not " + role);
  }
}
