package coop.smart.server.api.bank;

import jakarta.validation.constraints.NotNull;
import java.util.UUID;

/** The invoice a waiting entry pays. */
record Assignment(@NotNull UUID invoice) {
}
