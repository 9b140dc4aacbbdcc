package coop.smart.server.api.activities;

import coop.smart.server.api.RequiredFields;

/** The year to close: its unspent budget is carried over, and nothing more is booked into it. */
record YearClosing(Integer year) {

  YearClosing {
    new RequiredFields().require("year", year).check();
  }
}
