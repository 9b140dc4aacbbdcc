package coop.smart.core.contract;

import coop.smart.core.activity.ActivityId;
import coop.smart.core.client.ClientId;
import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.member.MemberId;
import coop.smart.core.money.Rate;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;

/**
 * What a member asks for when drafting a contract, before any check.
 *
 * @param client the client invoiced, or null for a contract the activity's budget funds
 * @param activity the activity whose budget the contract runs through, or null for a contract
 *     invoiced directly
 * @param structure the entity's structure (legal vehicle) it runs under, or null where the
 *     entity has a single one
 * @param expenses professional expenses reimbursed from the invoice, or null for none
 */
public record ContractTerms(MemberId member, ClientId client, ActivityId activity, ContractType type, String structure,
                            HolderKind holder, LocalDate start, LocalDate end, List<WorkDay> workDays, Money invoicedAmount,
                            Money expenses, Rate withholdingRate) {

  public ContractTerms {
    workDays = workDays == null ? null : List.copyOf(workDays);
  }
}
