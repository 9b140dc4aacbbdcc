package coop.smart.server.api.activities;

import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.MemberAction;
import coop.smart.server.api.RequiredFields;
import java.time.LocalDate;
import java.util.UUID;
import org.joda.money.Money;

/**
 * Money a financing agreement or a rights concession brought the activity, received in full.
 *
 * @param holder whose fee rate applies; INDIVIDUAL when absent
 * @param on the day it was received; today when absent
 * @param administrator the administrator it is received through, who must hold a share
 */
record ReceiptRequest(MemberAction kind, Money amount, HolderKind holder, LocalDate on, UUID administrator) {

  ReceiptRequest {
    new RequiredFields().require("kind", kind).require("amount", amount).require("administrator", administrator).check();
  }
}
