package coop.smart.server.api.leases;

import coop.smart.server.api.RequiredFields;
import java.time.LocalDate;

/** The day a lease is repaid early: the balance left after the instalments due by then. */
record PayoffRequest(LocalDate date) {

  PayoffRequest {
    new RequiredFields().require("date", date).check();
  }
}
