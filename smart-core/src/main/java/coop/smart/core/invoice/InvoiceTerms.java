package coop.smart.core.invoice;

import coop.smart.core.activity.ActivityId;
import coop.smart.core.client.Client;
import coop.smart.core.contract.ContractId;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.member.MemberId;
import java.time.LocalDate;
import java.util.List;

/**
 * What is asked for when issuing an invoice, before any check.
 *
 * @param contract the contract whose pay the invoice funds; give this or {@code activity}
 * @param activity the activity whose budget the invoice funds; give this or {@code contract}
 * @param structure the entity's structure the work runs under, or null
 * @param holder who holds the turnover, which sets the fee rate
 */
public record InvoiceTerms(Client client, MemberId member, ContractId contract, ActivityId activity, String structure,
                           HolderKind holder, LocalDate issueDate, List<InvoiceLine> lines) {

  public InvoiceTerms {
    lines = lines == null ? null : List.copyOf(lines);
  }
}
