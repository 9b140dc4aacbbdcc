package coop.smart.core.guarantee;

import coop.smart.core.client.ClientId;
import coop.smart.core.contract.Contract;
import coop.smart.core.contract.ContractPay;
import coop.smart.core.contract.ContractStatus;
import coop.smart.core.contract.PayBreakdown;
import coop.smart.core.contract.SalaryPayment;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.ledger.Account;
import coop.smart.core.ledger.AccountType;
import coop.smart.core.ledger.JournalEntry;
import coop.smart.core.ledger.Ledger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.Money;

/**
 * Pays an invoiced contract's salary on its payment date whether or not the client has paid:
 * the salary, contributions, tax and expenses leave from what the invoice set aside for the
 * contract, and whatever the client has not yet paid towards it is advanced by the
 * {@link GuaranteeFund}, which takes over that part of the client's debt.
 */
public final class GuaranteedPayroll {

  /** Rule code of the refusal to pay a contract before its payment date. */
  public static final String NOT_YET_DUE = "NOT_YET_DUE";

  private final NationalEntity entity;
  private final Ledger ledger;
  private final GuaranteeFund fund;

  public GuaranteedPayroll(NationalEntity entity, Ledger ledger, GuaranteeFund fund) {
    this.entity = entity;
    this.ledger = ledger;
    this.fund = fund;
  }

  /** What the fund advances: the contract's pay less what the client has paid (which goes to the pay first). */
  public static Money shortfall(ContractPay pay, Money paidByClient) {
    Money owed = SalaryPayment.owed(pay.breakdown());
    return paidByClient.isLessThan(owed) ? owed.minus(paidByClient) : Money.zero(owed.getCurrencyUnit());
  }

  /**
   * Pays {@code contract} on {@code on}.
   *
   * @param invoice the number of the contract's invoice
   * @param paidByClient what the client has paid on that invoice so far; it goes to the
   *     member's pay first, so the fund advances only the rest of the pay
   * @return the contract, paid
   */
  public Contract pay(Contract contract, ContractPay pay, String invoice, ClientId client, Money paidByClient, LocalDate on) {
    List<JournalEntry> entries = entries(contract, pay, invoice, GuaranteeFund.receivables(client), paidByClient, on);
    Contract paid = contract.paid();
    ledger.post(entries);
    return paid;
  }

  /**
   * The entries of {@link #pay}, checked but not posted, for a caller that posts more with them.
   *
   * @param takenOver the claim the fund's advance takes over (see {@link GuaranteeFund#advanceEntry})
   */
  public List<JournalEntry> entries(Contract contract, ContractPay pay, String invoice, Account takenOver, Money paidByClient,
                                    LocalDate on) {
    if (contract.status() != ContractStatus.INVOICED) {
      throw new BusinessRuleException(Contract.ILLEGAL_TRANSITION, "contract " + contract.id() + " is " + contract.status()
          + "; only an invoiced contract is paid");
    }
    if (on.isBefore(pay.payment().paymentDate())) {
      throw new BusinessRuleException(NOT_YET_DUE, "contract " + contract.id() + " is paid on " + pay.payment().paymentDate() + ", not " + on);
    }
    List<JournalEntry> entries = new ArrayList<>();
    entries.add(SalaryPayment.fromPayroll(entity.code(), contract.id(), pay.breakdown(), invoice, on));
    Money shortfall = shortfall(pay, paidByClient);
    if (shortfall.isPositive()) entries.add(fund.advanceEntry(invoice, takenOver, shortfall, on));
    return entries;
  }
}
