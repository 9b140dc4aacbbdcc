package coop.smart.core.invoice;

import coop.smart.core.client.ClientId;
import coop.smart.core.contract.ContractId;
import coop.smart.core.member.MemberId;
import java.time.LocalDate;
import org.joda.money.Money;

/**
 * What the books' checks compare of an invoice, without its lines, payments, credit notes and
 * reminders: its number and issue date (the numbering), whom it bills for whom, the contract it
 * funds, its net amount and its status as stored (the contract's agreement with it).
 *
 * @param contract the contract the invoice funds, null for an activity's
 */
public record InvoiceSummary(InvoiceId id, InvoiceNumber number, LocalDate issueDate, ClientId client, MemberId member,
                             ContractId contract, Money net, InvoiceStatus status) {

  public static InvoiceSummary of(Invoice invoice) {
    return new InvoiceSummary(invoice.id(), invoice.number(), invoice.issueDate(), invoice.client(), invoice.member(), invoice.contract(),
        invoice.net(), invoice.status());
  }
}
