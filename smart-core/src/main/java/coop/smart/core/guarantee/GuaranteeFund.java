package coop.smart.core.guarantee;

import coop.smart.core.client.ClientId;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.ledger.Account;
import coop.smart.core.ledger.AccountType;
import coop.smart.core.ledger.JournalEntry;
import coop.smart.core.ledger.Ledger;
import coop.smart.core.ledger.Movements;
import coop.smart.core.money.Amounts;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The guarantee fund: salaries are paid on their date even when the client has not paid. What
 * the client still owes towards the member's pay is then advanced by the fund, which takes over
 * that part of the client's debt; the client's later payments repay the fund first; a client in
 * default turns the fund's outstanding advances into losses. Everything is booked in the ledger,
 * and the fund's figures are read back from it.
 */
public final class GuaranteeFund {

  private static final Account RESERVE = Account.of(AccountType.GUARANTEE_FUND);

  private final NationalEntity entity;
  private final Ledger ledger;

  public GuaranteeFund(NationalEntity entity, Ledger ledger) {
    this.entity = entity;
    this.ledger = ledger;
  }

  /** Sets part of the fee income aside for the fund. */
  public JournalEntry contribute(Money amount, LocalDate on) {
    Amounts.requirePositive(amount, "amount", entity.currency(), entity.code());
    return ledger.post(JournalEntry.on(entity.code(), on, "contribution to the guarantee fund")
        .debit(Account.of(AccountType.FEE_INCOME), amount)
        .credit(RESERVE, amount));
  }

  /** The fund's advances on {@code invoice} not yet repaid or lost. */
  public Money outstanding(String invoice) {
    return ledger.balance(advances(invoice));
  }

  /**
   * The entry of the fund paying {@code amount} of a salary ahead of the client of
   * {@code invoice}, for a caller that posts it together with the salary it funds.
   *
   * @param takenOver the claim the fund takes over: the client's receivable, or the bad debt it
   *     became when the client defaulted before the salary was due
   */
  public JournalEntry advanceEntry(String invoice, Account takenOver, Money amount, LocalDate on) {
    Amounts.requirePositive(amount, "amount", entity.currency(), entity.code());
    return JournalEntry.on(entity.code(), on, "guarantee fund advance on invoice " + invoice)
        .reference(invoice)
        .debit(advances(invoice), amount)
        .credit(takenOver, amount)
        .build();
  }

  /**
   * The entries repaying the fund from a payment the client made on {@code invoice}, not
   * posted: as much of {@code paid} as the fund advanced, none when nothing is outstanding.
   */
  public List<JournalEntry> recoveryEntries(String invoice, ClientId client, Money paid, LocalDate on) {
    Money recovered = paid.isLessThan(outstanding(invoice)) ? paid : outstanding(invoice);
    if (!recovered.isPositive()) return List.of();
    return List.of(JournalEntry.on(entity.code(), on, "guarantee fund recovery on invoice " + invoice)
        .reference(invoice)
        .debit(receivables(client), recovered)
        .credit(advances(invoice), recovered)
        .build());
  }

  /** The entries of the fund losing its outstanding advance on {@code invoice}, whose client defaulted; not posted. */
  public List<JournalEntry> lossEntries(String invoice, LocalDate on) {
    Money lost = outstanding(invoice);
    return lost.isPositive() ? List.of(lossEntry(invoice, lost, on)) : List.of();
  }

  /** The entry of a loss of {@code lost} advanced on {@code invoice}, not posted. */
  public JournalEntry lossEntry(String invoice, Money lost, LocalDate on) {
    return JournalEntry.on(entity.code(), on, "guarantee fund loss on invoice " + invoice)
        .reference(invoice)
        .debit(RESERVE, lost)
        .credit(advances(invoice), lost)
        .build();
  }

  /**
   * The fund's figures from every entry in the ledger, summed by the ledger: the reserve is
   * debited by losses only, each crediting the advance it writes off, so the advances' credits
   * are the recoveries and the losses.
   */
  public FundReport report() {
    return report(entity.currency(), ledger.movements());
  }

  /** The fund's figures from the movements of each account type. */
  public static FundReport report(CurrencyUnit currency, Map<AccountType, Movements> movements) {
    Movements none = new Movements(Money.zero(currency), Money.zero(currency));
    Movements reserve = movements.getOrDefault(AccountType.GUARANTEE_FUND, none);
    Movements advances = movements.getOrDefault(AccountType.GUARANTEE_ADVANCES, none);
    Money lost = reserve.debit();
    Money recovered = advances.credit().minus(lost);
    Money outstanding = advances.debit().minus(recovered).minus(lost);
    return new FundReport(reserve.credit().minus(lost), reserve.credit(), advances.debit(), recovered, lost, outstanding);
  }

  /** The account of the fund's advances on the salary {@code invoice} funds. */
  public static Account advances(String invoice) {
    return Account.of(AccountType.GUARANTEE_ADVANCES, invoice);
  }

  /** The client's receivable, the claim an advance usually takes over. */
  public static Account receivables(ClientId client) {
    return Account.of(AccountType.CLIENT_RECEIVABLES, client);
  }
}
