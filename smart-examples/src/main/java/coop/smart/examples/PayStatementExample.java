package coop.smart.examples;

import coop.smart.core.client.Client;
import coop.smart.core.client.ClientId;
import coop.smart.core.client.ClientKind;
import coop.smart.core.contract.Contract;
import coop.smart.core.contract.ContractPay;
import coop.smart.core.contract.ContractTerms;
import coop.smart.core.contract.PayBreakdown;
import coop.smart.core.contract.QuotaUsage;
import coop.smart.core.contract.WorkDay;
import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.member.Member;
import coop.smart.core.member.PersonKind;
import coop.smart.core.member.ShareCategory;
import coop.smart.core.money.Rate;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.joda.money.Money;

/**
 * A member's year of contracts at SMart Belgium printed as a pay statement: a student who
 * gives workshops every month and plays two concerts as an artist. Her student hours cross
 * the 475-hour yearly quota in November, so from then on part of her pay is at employee rates.
 */
public final class PayStatementExample {

  private static final String ROW = "%-23s %-8s %6s %11s %9s %11s %11s %11s  %s%n";

  private PayStatementExample() {
  }

  public static void main(String[] args) {
    NationalEntity belgium = EntityCatalog.standard().entity("BE");
    Member eva = Member.join(belgium.code(), PersonKind.NATURAL_PERSON, "Eva Janssens").buyShares(1, ShareCategory.A);
    Client school = Client.register(belgium.code(), "Atelier des Arts ASBL", "BE", ClientKind.BUSINESS, "BE0412345678");
    Client venue = Client.register(belgium.code(), "Ancienne Belgique", "BE", ClientKind.BUSINESS, "BE0423456789");

    System.out.println("Pay statement 2017 - " + eva.name() + " - " + belgium.name());
    System.out.printf(ROW, "period", "type", "hours", "invoiced", "fee", "budget", "gross", "net", "paid on");
    List<Contract> year = new ArrayList<>();
    Money invoiced = Money.zero(belgium.currency());
    Money net = invoiced;
    for (int month = 1; month <= 12; month++) {
      for (Contract contract : contractsOf(belgium, eva, month, school.id(), venue.id())) {
        ContractPay pay = contract.pay(belgium, QuotaUsage.of(year, contract.type()));
        Contract declared = contract.declare(belgium, eva, year.size(), contract.end());
        year.add(declared);
        PayBreakdown b = pay.breakdown();
        String type = contract.type() + (pay.split() != null && pay.split().crossesQuota() ? "*" : "");
        System.out.printf(ROW, contract.start() + ".." + contract.end().getDayOfMonth(), type, contract.hours().toPlainString(),
            b.invoicedAmount().getAmount(), b.fee().getAmount(), b.employmentBudget().getAmount(), b.gross().getAmount(),
            b.net().getAmount(), pay.payment().paymentDate());
        invoiced = invoiced.plus(b.invoicedAmount());
        net = net.plus(b.net());
      }
    }
    System.out.printf("%-23s %-8s %6s %11s %9s %11s %11s %11s%n", "total", "", "", invoiced.getAmount(), "", "", "", net.getAmount());
    System.out.println("* beyond the student quota of 475 hours a year: those hours are paid at EMPLOYEE rates");
  }

  /** A workshop week each month (five days of 9 hours: 45 hours), and concerts in March and October. */
  private static List<Contract> contractsOf(NationalEntity belgium, Member member, int month, ClientId school,
                                            ClientId venue) {
    List<Contract> contracts = new ArrayList<>();
    LocalDate monday = LocalDate.of(2017, month, 1);
    while (monday.getDayOfWeek() != DayOfWeek.MONDAY) monday = monday.plusDays(1);
    List<WorkDay> week = new ArrayList<>();
    for (int day = 0; day < 5; day++) week.add(new WorkDay(monday.plusDays(day), new BigDecimal("9")));
    contracts.add(Contract.draft(belgium, new ContractTerms(member.id(), school, null, ContractType.STUDENT, "TRAINING",
        HolderKind.INDIVIDUAL, monday, monday.plusDays(4), week, Money.parse("EUR 900.00"), null, Rate.parse("0"))));
    if (month == 3 || month == 10) {
      LocalDate concert = monday.plusDays(12);
      contracts.add(Contract.draft(belgium, new ContractTerms(member.id(), venue, null, ContractType.ARTIST, "ASSOCIATED_PRODUCTIONS",
          HolderKind.INDIVIDUAL, concert, concert, List.of(new WorkDay(concert, new BigDecimal("6"))), Money.parse("EUR 650.00"),
          Money.parse("EUR 45.00"), Rate.parse("0.1125"))));
    }
    return contracts;
  }
}
