package coop.smart.examples.embedding;

import coop.smart.core.activity.Activity;
import coop.smart.core.activity.Sector;
import coop.smart.core.client.Client;
import coop.smart.core.client.ClientKind;
import coop.smart.core.contract.Contract;
import coop.smart.core.contract.ContractPay;
import coop.smart.core.contract.ContractTerms;
import coop.smart.core.contract.WorkDay;
import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.VatArea;
import coop.smart.core.invoice.Invoice;
import coop.smart.core.invoice.InvoiceLine;
import coop.smart.core.member.Member;
import coop.smart.core.member.PersonKind;
import coop.smart.core.member.ShareCategory;
import coop.smart.core.money.Rate;
import coop.smart.core.operation.Activities;
import coop.smart.core.operation.Actor;
import coop.smart.core.operation.Clients;
import coop.smart.core.operation.Contracts;
import coop.smart.core.operation.EntityStores;
import coop.smart.core.operation.Invoices;
import coop.smart.core.operation.Members;
import coop.smart.core.operation.Role;
import coop.smart.core.operation.SalaryRuns;
import coop.smart.examples.integration.IntegratorExample;
import coop.smart.examples.integration.StoryClock;
import coop.smart.persistence.Database;
import coop.smart.persistence.JdbiEntityStores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import org.joda.money.Money;

/**
 * An entity's own service running the cooperative with the library alone, no server: the
 * integrator's story (a photographer joins, works a day for a client, is invoiced, paid on her
 * guaranteed date, and sells prints through her activity) told through the core's operations
 * on smart-persistence's embedded PostgreSQL. It prints what {@link IntegratorExample} prints
 * over HTTP, figure for figure.
 */
public final class EmbeddingExample {

  private EmbeddingExample() {
  }

  public static void main(String[] args) {
    try (Database database = Database.embedded(Files.createTempDirectory("smart-embedding"))) {
      StoryClock clock = new StoryClock(IntegratorExample.FIRST_DAY);
      story(new JdbiEntityStores(database, EntityCatalog.standard().entity("BE"), VatArea.standard(), clock), clock);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The story, told from the clock's day on: the work was done on the last weekday before it. */
  static void story(EntityStores stores, StoryClock clock) {
    Actor staff = new Actor("embedding example", EntityCode.of("BE"), Role.ADMIN, null, null);
    LocalDate today = LocalDate.now(stores.clock());
    LocalDate worked = today.minusDays(1);
    while (worked.getDayOfWeek().getValue() > 5) worked = worked.minusDays(1);

    Members members = new Members(stores);
    Member lena = members.join(staff, PersonKind.NATURAL_PERSON, "Lena Maes");
    lena = members.buyShares(staff, lena.id(), lena.version(), 1, ShareCategory.A);
    System.out.println("member     " + lena.name() + " (" + lena.id() + "), one share of category A");
    Client client = new Clients(stores).register(staff, new Clients.Details("Atelier Lumière", "BE", ClientKind.BUSINESS, "BE0123456749"));
    Activities activities = new Activities(stores);
    Activity studio = activities.open(staff, "Lena's photo studio", Sector.of("photography"), List.of(lena.id().value()));
    System.out.println("client     Atelier Lumière (" + client.id() + "), activity Lena's photo studio (" + studio.id() + ")");

    Contracts contracts = new Contracts(stores);
    Contract draft = contracts.draft(staff, new ContractTerms(lena.id(), client.id(), studio.id(), ContractType.EMPLOYEE,
        "ASSOCIATED_PRODUCTIONS", null, worked, worked, List.of(new WorkDay(worked, new BigDecimal("8"))), Money.parse("EUR 1000.00"), null,
        Rate.parse("0.11")));
    Contract declared = contracts.declare(staff, draft.id(), draft.version());
    ContractPay pay = contracts.pay(declared);
    LocalDate paymentDate = pay.payment().paymentDate();
    System.out.println("contract   " + declared.id() + " " + declared.status() + ", net " + money(pay.breakdown().net()) + ", paid on "
        + paymentDate);

    Invoices invoices = new Invoices(stores);
    Invoice invoice = invoices.issueForContract(staff, declared.id(), null, today);
    System.out.println("invoice    " + invoice.number() + " total " + money(invoice.total()) + ", due " + invoice.dueDate());
    Invoice paid = invoices.pay(staff, invoice.id(), invoice.version(), invoice.total(), today);
    System.out.println("payment    " + money(invoice.total()) + " on " + today + ": invoice " + paid.status());

    clock.moveTo(paymentDate);
    new SalaryRuns(stores).pay(staff, paymentDate);
    System.out.println("salary     " + contracts.find(staff, declared.id()).status() + ", guaranteed on " + paymentDate);

    Invoice prints = invoices.issueForActivity(staff, new Invoices.ActivitySale(studio.id(), lena.id(), client.id(), null, HolderKind.INDIVIDUAL,
        List.of(new InvoiceLine("Exhibition prints", new BigDecimal("3"), Money.parse("EUR 120.00")))), today);
    invoices.pay(staff, prints.id(), prints.version(), prints.total(), paymentDate);
    System.out.println("invoice    " + prints.number() + " for the activity, total " + money(prints.total()) + ", paid on " + paymentDate);

    System.out.println("activity ledger of Lena's photo studio:");
    for (Activities.StatementLine line : activities.statement(studio)) {
      System.out.printf("  %s  %-60s %12s %12s%n", line.entry().date(), line.entry().description(), money(line.change()), money(line.balance()));
    }
  }

  private static String money(Money money) {
    return money.getAmount().toPlainString() + " " + money.getCurrencyUnit().getCode();
  }
}
