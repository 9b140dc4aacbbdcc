package coop.smart.server.api.invoices;

import coop.smart.core.activity.ActivityId;
import coop.smart.core.client.ClientId;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.member.MemberId;
import coop.smart.core.operation.Invoices;
import coop.smart.server.validation.RelatedFields;
import coop.smart.server.validation.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
record NewInvoice(UUID contract, UUID activity, UUID client, UUID administrator, @Text(max = 100) String structure, HolderKind holder,
                  LocalDate issueDate,
                  @Size(max = MAX_LINES, message = "must hold at most {max} lines") List<@NotNull @Valid NewLine> lines) implements RelatedFields {

  /** More lines than any invoice of a freelancer's work holds. */
  static final int MAX_LINES = 500;

  @Override
  public void check(Refusals refusals) {
    if (contract == null && activity == null) refusals.refuse("contract", "is required (or activity instead)");
    if (contract != null && activity != null) refusals.refuse("activity", "excludes contract: an invoice funds one contract or one activity");
    if (contract != null) {
      String fromTheContract = "comes from the contract: leave it out";
      refusals.absent("client", client, fromTheContract);
      refusals.absent("administrator", administrator, fromTheContract);
      refusals.absent("structure", structure, fromTheContract);
      refusals.absent("holder", holder, fromTheContract);
    }
    if (activity != null) {
      if (client == null) refusals.refuse("client", "is required");
      if (lines == null || lines.isEmpty()) refusals.refuse("lines", "at least one line is required");
    }
  }

  /** The sale through an activity this request asks to invoice. */
  Invoices.ActivitySale sale() {
    return new Invoices.ActivitySale(new ActivityId(activity), administrator == null ? null : new MemberId(administrator), new ClientId(client),
        structure, holder, NewLine.toLines(lines));
  }
}
