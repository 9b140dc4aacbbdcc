package coop.smart.server.api.leases;

import coop.smart.core.leasing.AddedEquipment;
import coop.smart.core.leasing.Amendment;
import coop.smart.core.leasing.NewTerm;
import coop.smart.server.api.RequiredFields;
import java.time.LocalDate;

/** A change to a running lease: an item added, or its balance spread over a new number of months; one or the other. */
record AmendmentRequest(LocalDate signedOn, NewLease.Item equipment, Integer remainingMonths) {

  AmendmentRequest {
    RequiredFields required = new RequiredFields().require("signedOn", signedOn);
    if ((equipment == null) == (remainingMonths == null)) {
      required.refuse(equipment == null ? "equipment" : "remainingMonths", "an amendment adds equipment or sets remainingMonths, one of the two");
    }
    required.check();
  }

  Amendment toAmendment() {
    return equipment != null ? new AddedEquipment(signedOn, equipment.toEquipment()) : new NewTerm(signedOn, remainingMonths);
  }
}
