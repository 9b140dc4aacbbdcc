package coop.smart.server.api.bank;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a waiting entry pays no invoice. */
record Dismissal(@NotBlank @Size(max = 500) String reason) {
}
