package coop.smart.core.invoice;

import coop.smart.core.client.ClientId;
import coop.smart.core.member.MemberId;

/**
 * Which of an entity's invoices a listing shows; a null criterion lets every invoice through.
 *
 * @param member the member the invoice is for: whose contract it funds, or the administrator who
 *     issued it for an activity
 */
public record InvoiceFilter(ClientId client, InvoiceStatus status, MemberId member) {

  public static final InvoiceFilter ALL = new InvoiceFilter(null, null, null);
}
