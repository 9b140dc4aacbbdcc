package coop.smart.server.api.leases;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** The day a lease is repaid early: the balance left after the instalments due by then. */
record PayoffRequest(@NotNull LocalDate date) {
}
