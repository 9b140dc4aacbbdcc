package coop.smart.core.payout;

import coop.smart.core.activity.ExpenseClaim;
import coop.smart.core.contract.ContractId;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.ledger.JournalEntry;
import coop.smart.core.member.BankAccount;
import coop.smart.core.member.Member;
import coop.smart.core.member.MemberId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import org.joda.money.Money;

/**
 * Money the entity orders its bank to pay a member, recorded in the transaction that credits the
 * ledger's bank account with it: a salary (net and the expenses refunded on the contract) or an
 * expense refunded from an activity's budget. Its end-to-end id is derived from what it pays, so the
 * same salary never makes two transfers.
 *
 * @param on the day the money leaves the bank account in the ledger, the execution date asked of the bank
 * @param creditor the name the bank credits: the account holder's, or the member's
 * @param account the member's account, or null when it gave none: the transfer is withheld, the ledger still pays it
 * @param contract the contract whose salary it pays, or null for an expense refund
 * @param expense the journal entry of the expense refund it pays, or null for a salary
 * @param remittance what the member reads on its statement
 * @param recordedAt when it was recorded, to the second
 */
public record BankTransfer(EntityCode entity, LocalDate on, MemberId member, String creditor, BankAccount account, Money amount,
                           String endToEndId, ContractId contract, UUID expense, String remittance, Instant recordedAt) {

  /** The longest remittance text a SEPA transfer carries. */
  public static final int REMITTANCE_LENGTH = 140;

  public BankTransfer {
    Objects.requireNonNull(entity, "entity");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(creditor, "creditor");
    Objects.requireNonNull(endToEndId, "endToEndId");
    Objects.requireNonNull(remittance, "remittance");
    if (!amount.isPositive()) throw new IllegalArgumentException("a transfer pays more than nothing: " + amount);
    if ((contract == null) == (expense == null)) throw new IllegalArgumentException("a transfer pays a salary or an expense refund: " + endToEndId);
    recordedAt = recordedAt.truncatedTo(ChronoUnit.SECONDS);
  }

  /** The salary of {@code contract}, {@code amount} going to the member's bank account on {@code on}. */
  public static BankTransfer salary(Member member, ContractId contract, Money amount, LocalDate on, Instant at) {
    return new BankTransfer(member.entity(), on, member.id(), creditor(member), member.bankAccount(), amount,
        "S" + compact(contract.value()), contract, null, "Salary, contract " + contract, at);
  }

  /** The refund of {@code claim}, booked by {@code entry}, to the member who paid the expense. */
  public static BankTransfer refund(Member claimant, JournalEntry entry, ExpenseClaim claim, Instant at) {
    String remittance = "Expense refund: " + claim.description().strip();
    return new BankTransfer(claimant.entity(), entry.date(), claimant.id(), creditor(claimant), claimant.bankAccount(), claim.amount(),
        "E" + compact(entry.id()), null, entry.id(), remittance.substring(0, Math.min(remittance.length(), REMITTANCE_LENGTH)), at);
  }

  /** True when the member gave no bank account: the ledger paid it, the bank cannot be asked to. */
  public boolean withheld() {
    return account == null;
  }

  private static String creditor(Member member) {
    return member.bankAccount() == null ? member.name() : member.bankAccount().holderOr(member.name());
  }

  /** A UUID's 32 hex digits: an end-to-end id holds 35 characters at most, of a restricted set. */
  private static String compact(UUID id) {
    return id.toString().replace("-", "");
  }
}
