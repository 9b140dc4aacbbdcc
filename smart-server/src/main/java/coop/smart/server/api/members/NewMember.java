package coop.smart.server.api.members;

import coop.smart.core.entity.Language;
import coop.smart.core.member.PersonKind;
import coop.smart.server.validation.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A person joining the entity as a member; {@code language}, of its contracts and pay slips, is the
 * entity's when left out; {@code bankAccount}, where it is paid, may be given later.
 */
record NewMember(@NotNull PersonKind kind, @NotBlank @Text(max = 300) String name, Language language, @Valid BankAccountDetails bankAccount) {
}
