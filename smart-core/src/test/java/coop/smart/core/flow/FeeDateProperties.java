package coop.smart.core.flow;

import static org.assertj.core.api.Assertions.assertThat;

import coop.smart.core.client.Client;
import coop.smart.core.client.ClientKind;
import coop.smart.core.contract.Contract;
import coop.smart.core.contract.ContractTerms;
import coop.smart.core.contract.QuotaUsage;
import coop.smart.core.contract.WorkDay;
import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.entity.VatArea;
import coop.smart.core.flow.MoneyFlow.ContractInvoice;
import coop.smart.core.invoice.InMemoryInvoiceNumbering;
import coop.smart.core.invoice.InvoiceLine;
import coop.smart.core.ledger.Account;
import coop.smart.core.ledger.AccountType;
import coop.smart.core.ledger.InMemoryLedger;
import coop.smart.core.member.Member;
import coop.smart.core.member.PersonKind;
import coop.smart.core.member.ShareCategory;
import coop.smart.core.money.Rate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.joda.money.Money;

/**
 * One date decides a contract's fee everywhere: its service end. When the entity changes its
 * fee between the end of service and the invoice, the invoice takes the fee the contract's pay
 * was computed with, so what the invoice sets aside is exactly what the salary run pays.
 */
class FeeDateProperties {

  private static final LocalDate END_OF_SERVICE = LocalDate.of(2017, 7, 14);

  @Property(tries = 60)
  void aFeeChangedBetweenServiceAndInvoice_leavesThePayrollAccountAtZeroOncePaid(
      @ForAll @IntRange(min = 1, max = 20) int daysToChange, @ForAll @IntRange(min = 0, max = 20) int daysToInvoice,
      @ForAll @IntRange(min = 40, max = 120) int newRatePerMille, @ForAll @LongRange(min = 10_000, max = 1_000_000) long cents) {
    LocalDate changed = END_OF_SERVICE.plusDays(daysToChange);
    NationalEntity entity = belgiumWithFee(changed, BigDecimal.valueOf(newRatePerMille, 3));
    InMemoryLedger ledger = new InMemoryLedger(entity.code(), entity.currency());
    MoneyFlow flow = new MoneyFlow(entity, VatArea.standard(), ledger, new InMemoryInvoiceNumbering());
    Member member = Member.join(entity.code(), PersonKind.NATURAL_PERSON, "Lena Maes").buyShares(1, ShareCategory.A);
    Client client = Client.register(entity.code(), "Atelier Lumière", "BE", ClientKind.BUSINESS, "BE0123456749");
    Money invoiced = Money.ofMinor(entity.currency(), cents);
    Contract contract = Contract.draft(entity, new ContractTerms(member.id(), client.id(), null, ContractType.EMPLOYEE, "ASSOCIATED_PRODUCTIONS",
            HolderKind.INDIVIDUAL, END_OF_SERVICE, END_OF_SERVICE, List.of(new WorkDay(END_OF_SERVICE, BigDecimal.valueOf(8))), invoiced, null,
            Rate.parse("0.11")))
        .declare(entity, member, 0, END_OF_SERVICE);
    LocalDate issued = changed.plusDays(daysToInvoice);

    ContractInvoice invoice = flow.invoice(contract, client, List.of(new InvoiceLine("work", BigDecimal.ONE, invoiced)), issued);
    ContractInvoice paid = new ContractInvoice(invoice.contract(),
        flow.receivePayment(invoice.invoice(), null, invoice.invoice().total(), issued));
    LocalDate due = contract.pay(entity, QuotaUsage.NONE).payment().paymentDate();
    flow.paySalary(paid, QuotaUsage.NONE, due.isAfter(issued) ? due : issued); // the first salary run once both have come

    assertThat(ledger.balance(Account.of(AccountType.CONTRACT_PAYROLL, contract.id()))).isEqualTo(Money.zero(entity.currency()));
    assertThat(invoice.invoice().fee().fee()).isEqualTo(contract.pay(entity, QuotaUsage.NONE).breakdown().fee());
  }

  /** Belgium with its individual fee changed to {@code rate} from {@code from}, as an embedder's extension file would. */
  private static NationalEntity belgiumWithFee(LocalDate from, BigDecimal rate) {
    try {
      Path directory = Files.createTempDirectory("fee-change");
      Files.createDirectories(directory.resolve("META-INF/coop.smart"));
      Files.writeString(directory.resolve(EntityCatalog.EXTENSIONS), "fee-change/BE.txt\n");
      Files.createDirectories(directory.resolve("fee-change"));
      Files.writeString(directory.resolve("fee-change/BE.txt"), "entity | | code | BE | ISO 3166\n"
          + "fee | " + from + " | INDIVIDUAL | " + rate.toPlainString() + " | a fee change under test\n");
      try (URLClassLoader loader = new URLClassLoader(new URL[] {directory.toUri().toURL()}, FeeDateProperties.class.getClassLoader())) {
        return EntityCatalog.load(loader).entity("BE");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
