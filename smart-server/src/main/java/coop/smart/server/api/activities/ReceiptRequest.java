package coop.smart.server.api.activities;

import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.MemberAction;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
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
record ReceiptRequest(@NotNull MemberAction kind, @NotNull @Positive Money amount, HolderKind holder, LocalDate on, @NotNull UUID administrator) {
}
