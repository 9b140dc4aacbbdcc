package coop.smart.server.api.activities;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The year to close, of four digits: its unspent budget is carried over, and nothing more is booked into it. */
record YearClosing(@NotNull @Min(1000) @Max(9999) Integer year) {
}
