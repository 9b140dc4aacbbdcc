package coop.smart.examples;

import coop.smart.core.client.Client;
import coop.smart.core.client.ClientKind;
import coop.smart.core.contract.Contract;
import coop.smart.core.contract.ContractStatus;
import coop.smart.core.contract.ContractTerms;
import coop.smart.core.contract.PayBreakdown;
import coop.smart.core.contract.PayRules;
import coop.smart.core.contract.PlatformAgreement;
import coop.smart.core.contract.QuotaUsage;
import coop.smart.core.contract.WorkDay;
import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.entity.VatArea;
import coop.smart.core.flow.MoneyFlow.ContractInvoice;
import coop.smart.core.flow.MoneyFlow;
import coop.smart.core.guarantee.FundReport;
import coop.smart.core.invoice.InMemoryInvoiceNumbering;
import coop.smart.core.invoice.Invoice;
import coop.smart.core.invoice.InvoiceLine;
import coop.smart.core.ledger.InMemoryLedger;
import coop.smart.core.member.Member;
import coop.smart.core.member.PersonKind;
import coop.smart.core.money.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.joda.money.Money;

/**
 * The couriers' story of the report: a delivery platform goes bankrupt with its invoices unpaid,
 * yet its 400 couriers are paid on their dates, the guarantee fund advancing their pay, and the
 * fund shows the loss. The report's platform failed in July 2016; the story is replayed in July
 * 2017 because the shipped Belgian rules start on 1 January 2017. Couriers' days are random but
 * seeded, so every run prints the same figures.
 */
public final class CouriersExample {

  private static final int COURIERS = 400;
  private static final LocalDate FIRST_DAY = LocalDate.of(2017, 7, 1);
  private static final LocalDate LAST_DAY = LocalDate.of(2017, 7, 15);
  private static final LocalDate BANKRUPTCY = LocalDate.of(2017, 7, 20);

  private CouriersExample() {
  }

  public static void main(String[] args) {
    NationalEntity belgium = EntityCatalog.standard().entity("BE");
    InMemoryLedger ledger = new InMemoryLedger(belgium.code(), belgium.currency());
    MoneyFlow flow = new MoneyFlow(belgium, VatArea.standard(), ledger, new InMemoryInvoiceNumbering());
    flow.fund().contribute(Money.parse("EUR 1000000.00"), FIRST_DAY);
    Client platform = Client.register(belgium.code(), "Delivery platform", "BE", ClientKind.BUSINESS, "BE0600000000");
    PlatformAgreement convention = new PlatformAgreement(platform.id(), new BigDecimal("3"), Money.parse("EUR 11.00"),
        Money.parse("EUR 2.50"));
    PayRules employee = PayRules.of(belgium, ContractType.EMPLOYEE, HolderKind.INDIVIDUAL, LAST_DAY);
    Rate withholding = Rate.parse("0.1125");

    SplittableRandom random = new SplittableRandom(2016);
    List<ContractInvoice> invoiced = new ArrayList<>();
    Money net = Money.zero(belgium.currency());
    for (int i = 1; i <= COURIERS; i++) {
      Member courier = Member.join(belgium.code(), PersonKind.NATURAL_PERSON, "Courier " + i);
      List<WorkDay> days = daysWorked(random);
      PlatformAgreement.PlatformPay earned = convention.pay(belgium, days);
      PayBreakdown invoice = earned.invoice(employee, withholding);
      Contract contract = Contract.draft(belgium, new ContractTerms(courier.id(), platform.id(), null, ContractType.EMPLOYEE,
              "ASSOCIATED_PRODUCTIONS", HolderKind.INDIVIDUAL, FIRST_DAY, LAST_DAY, days, invoice.invoicedAmount(),
              earned.equipmentAllowance(), withholding))
          .declare(belgium, courier, 0, LAST_DAY);
      invoiced.add(flow.invoice(contract, platform,
          List.of(new InvoiceLine("deliveries 1-15 July 2017, courier " + i, BigDecimal.ONE, invoice.invoicedAmount())), LAST_DAY));
      net = net.plus(invoice.net());
    }

    // The platform goes bankrupt before any salary is due, having paid nothing.
    List<Invoice> invoices = invoiced.stream().map(ContractInvoice::invoice).toList();
    List<Invoice> writtenOff = flow.defaultOf(platform, invoices, BANKRUPTCY);
    int paidOnTime = 0;
    for (int i = 0; i < invoiced.size(); i++) {
      ContractInvoice ci = new ContractInvoice(invoiced.get(i).contract(), writtenOff.get(i));
      LocalDate due = ci.contract().pay(belgium, QuotaUsage.NONE).payment().paymentDate();
      if (flow.paySalary(ci, QuotaUsage.NONE, due).contract().status() == ContractStatus.PAID) paidOnTime++;
    }

    FundReport fund = flow.fund().report();
    Money invoicedTotal = Money.zero(belgium.currency()).plus(invoices.stream().map(Invoice::total).toList());
    System.out.println("Couriers' convention: " + COURIERS + " couriers, 1-15 July 2017, platform bankrupt on " + BANKRUPTCY);
    System.out.printf("%-44s %s%n", "invoiced to the platform, VAT included", invoicedTotal);
    System.out.printf("%-44s %s%n", "paid by the platform", Money.zero(belgium.currency()));
    System.out.printf("%-44s %d of %d%n", "couriers paid on their payment date", paidOnTime, COURIERS);
    System.out.printf("%-44s %s%n", "net salaries paid", net);
    System.out.printf("%-44s %s%n", "advanced by the guarantee fund", fund.advanced());
    System.out.printf("%-44s %s%n", "recovered from the platform", fund.recovered());
    System.out.printf("%-44s %s%n", "lost by the fund", fund.lost());
    System.out.printf("%-44s %s (of %s contributed)%n", "fund balance", fund.balance(), fund.contributed());
  }

  /** A courier's days between 1 and 15 July: 6 to 12 days of 1 to 6 hours, by the half hour. */
  private static List<WorkDay> daysWorked(SplittableRandom random) {
    List<WorkDay> days = new ArrayList<>();
    int count = random.nextInt(6, 13);
    for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY) && days.size() < count; day = day.plusDays(1)) {
      if (random.nextInt(15) < count + 2) days.add(new WorkDay(day, BigDecimal.valueOf(random.nextInt(2, 13), 0).divide(BigDecimal.valueOf(2))));
    }
    return days;
  }
}
