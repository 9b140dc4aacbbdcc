package coop.smart.server.api.invoices;

import coop.smart.core.activity.ActivityId;
import coop.smart.core.client.ClientId;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.member.MemberId;
import coop.smart.core.operation.Invoices;
import coop.smart.server.api.RequiredFields;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An invoice to issue, funding either a stored contract, whose client, amount, structure and
 * holder it takes, or an activity's budget, for which the client and lines are given. Without
 * {@code lines}, a contract's invoice has one line of the contract's invoiced amount;
 * {@code issueDate} defaults to today.
 *
 * @param administrator the activity's administrator invoicing on its behalf; a member's key
 *     invoices as its own member
 * @param holder who holds the activity's turnover, INDIVIDUAL unless given
 */
record NewInvoice(UUID contract, UUID activity, UUID client, UUID administrator, String structure, HolderKind holder,
                  LocalDate issueDate, List<NewLine> lines) {

  NewInvoice {
    RequiredFields fields = new RequiredFields();
    if (contract == null && activity == null) fields.refuse("contract", "is required (or activity instead)");
    if (contract != null && activity != null) fields.refuse("activity", "excludes contract: an invoice funds one contract or one activity");
    if (contract != null) {
      fromTheContract(fields, "client", client);
      fromTheContract(fields, "administrator", administrator);
      fromTheContract(fields, "structure", structure);
      fromTheContract(fields, "holder", holder);
    }
    if (activity != null) {
      fields.require("client", client);
      if (lines == null || lines.isEmpty()) fields.refuse("lines", "at least one line is required");
    }
    if (lines != null) {
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i) == null) fields.refuse("lines[" + i + "]", "is required");
      }
    }
    fields.check();
  }

  private static void fromTheContract(RequiredFields fields, String field, Object value) {
    if (value != null) fields.refuse(field, "comes from the contract: leave it out");
  }

  /** The sale through an activity this request asks to invoice. */
  Invoices.ActivitySale sale() {
    return new Invoices.ActivitySale(new ActivityId(activity), administrator == null ? null : new MemberId(administrator), new ClientId(client),
        structure, holder, NewLine.toLines(lines));
  }
}
