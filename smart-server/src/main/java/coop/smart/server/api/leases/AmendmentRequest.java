package coop.smart.server.api.leases;

import coop.smart.core.leasing.AddedEquipment;
import coop.smart.core.leasing.AmortisationSchedule;
import coop.smart.core.leasing.Amendment;
import coop.smart.core.leasing.NewTerm;
import coop.smart.server.validation.RelatedFields;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.time.LocalDate;

/** A change to a running lease: an item added, or its balance spread over a new number of months; one or the other. */
record AmendmentRequest(@NotNull LocalDate signedOn, @Valid NewLease.Item equipment,
                        @Positive @Max(AmortisationSchedule.MAX_MONTHS) Integer remainingMonths) implements RelatedFields {

  @Override
  public void check(Refusals refusals) {
    if ((equipment == null) == (remainingMonths == null)) {
      refusals.refuse(equipment == null ? "equipment" : "remainingMonths", "an amendment adds equipment or sets remainingMonths, one of the two");
    }
  }

  Amendment toAmendment() {
    return equipment != null ? new AddedEquipment(signedOn, equipment.toEquipment()) : new NewTerm(signedOn, remainingMonths);
  }
}
