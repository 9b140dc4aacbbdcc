package coop.smart.server.api.guarantee;

import coop.smart.core.payout.BankTransfer;
import java.time.Instant;
import java.time.LocalDate;
import org.joda.money.Money;

/**
 * A transfer to a member as the API shows it: {@code iban} and {@code bic} are null for a withheld
 * one, whose member gave no bank account; {@code contract} names the salary it pays, {@code expense}
 * the journal entry of the expense refund.
 */
record TransferView(String endToEndId, LocalDate executionDate, String member, String creditor, String iban, String bic, Money amount,
                    String contract, String expense, String remittance, Instant recordedAt, boolean withheld) {

  static TransferView of(BankTransfer transfer) {
    return new TransferView(transfer.endToEndId(), transfer.on(), transfer.member().toString(), transfer.creditor(),
        transfer.withheld() ? null : transfer.account().iban(), transfer.withheld() ? null : transfer.account().bic(), transfer.amount(),
        transfer.contract() == null ? null : transfer.contract().toString(), transfer.expense() == null ? null : transfer.expense().toString(),
        transfer.remittance(), transfer.recordedAt(), transfer.withheld());
  }
}
