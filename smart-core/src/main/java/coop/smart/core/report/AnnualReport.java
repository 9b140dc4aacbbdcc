package coop.smart.core.report;

import coop.smart.core.contract.Contract;
import coop.smart.core.contract.ContractId;
import coop.smart.core.contract.ContractPay;
import coop.smart.core.contract.ContractStatus;
import coop.smart.core.entity.CollectionStep;
import coop.smart.core.entity.ContractType;
import coop.smart.core.guarantee.FundReport;
import coop.smart.core.invoice.Invoice;
import coop.smart.core.invoice.InvoiceStatus;
import coop.smart.core.invoice.Payment;
import coop.smart.core.invoice.Reminder;
import coop.smart.core.leasing.PortfolioTable;
import coop.smart.core.member.Member;
import coop.smart.core.member.MemberId;
import coop.smart.core.operation.Contracts;
import coop.smart.core.operation.EntityStores;
import coop.smart.core.store.AllRecords;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;

/**
 * The annual report's tables for one year, computed from an entity's stored records with the
 * report's own definitions.
 *
 * @param contractTypes per contract type, the contracts working in the year that were not cancelled
 * @param allTypes the same over every type: a worker holding two types counts once
 * @param invoicedForContracts what invoices funding contracts bill, VAT excluded, less credit notes: the turnover "Contracts"
 * @param invoicedForActivities the same for invoices funding activities: the turnover "Activities"
 * @param members members stored at the year's end
 * @param shareholders those of them holding a share
 * @param invoices invoices issued in the year
 * @param reminders automatic reminders issued in the year
 * @param formalNotices formal notices issued in the year
 * @param handovers invoices handed over to collection in the year
 * @param writtenOff invoices written off in the year, their client in default
 * @param averagePaymentDays the days from issue to full payment, averaged over the invoices paid in full in the year
 * @param balanceSheetPaymentDays the report's "délai moyen au bilan": what clients owed on 31 December over what the
 *     year's invoices billed, VAT included and credit notes deducted, times the days of the year
 * @param fund the guarantee fund's figures: its interventions are the advances
 * @param leasing the leasing portfolio table, as at 31 December
 */
public record AnnualReport(int year, Map<ContractType, TypeLine> contractTypes, TypeLine allTypes, Money invoicedForContracts,
                           Money invoicedForActivities, int members, int shareholders, int invoices, int reminders, int formalNotices,
                           int handovers, int writtenOff, BigDecimal averagePaymentDays, BigDecimal balanceSheetPaymentDays,
                           FundReport fund, PortfolioTable leasing) {

  /** One line of the contract-type table: distinct workers, their gross salaries and the days they worked. */
  public record TypeLine(int workers, Money gross, int days) {
  }

  /** The year's report from the entity's stores. */
  public static AnnualReport of(EntityStores stores, int year) {
    CurrencyUnit currency = stores.entity().currency();
    Contracts contracts = new Contracts(stores);
    Map<ContractType, Tally> byType = new EnumMap<>(ContractType.class);
    Tally all = new Tally(currency);
    List<Contract> ofYear = AllRecords.of(stores.contracts()).stream().filter(contract -> contract.status() != ContractStatus.CANCELLED
        && contract.status() != ContractStatus.DRAFT && contract.start().getYear() == year).toList();
    Map<ContractId, ContractPay> pays = contracts.payAll(ofYear);
    for (Contract contract : ofYear) {
      Money gross = pays.get(contract.id()).breakdown().gross();
      byType.computeIfAbsent(contract.type(), type -> new Tally(currency)).add(contract, gross);
      all.add(contract, gross);
    }
    Map<ContractType, TypeLine> types = new EnumMap<>(ContractType.class);
    byType.forEach((type, tally) -> types.put(type, tally.line()));

    Money forContracts = Money.zero(currency);
    Money forActivities = forContracts;
    int issued = 0;
    Map<CollectionStep.Kind, Integer> steps = new EnumMap<>(CollectionStep.Kind.class);
    int writtenOff = 0;
    List<Long> paymentDays = new ArrayList<>();
    LocalDate yearEnd = LocalDate.of(year, 12, 31);
    Money owedAtYearEnd = Money.zero(currency);
    Money billedWithVat = owedAtYearEnd;
    for (Invoice invoice : AllRecords.of(stores.invoices())) {
      if (!invoice.issueDate().isAfter(yearEnd)) owedAtYearEnd = owedAtYearEnd.plus(invoice.outstandingOn(yearEnd));
      for (Reminder reminder : invoice.reminders()) {
        if (reminder.issuedOn().getYear() == year) steps.merge(reminder.step().kind(), 1, Integer::sum);
      }
      if (invoice.writtenOffOn() != null && invoice.writtenOffOn().getYear() == year) writtenOff++;
      if (invoice.issueDate().getYear() != year) continue;
      issued++;
      Money billed = invoice.net().minus(invoice.credited().isGreaterThan(invoice.net()) ? invoice.net() : invoice.credited());
      billedWithVat = billedWithVat.plus(invoice.total()).minus(invoice.credited());
      if (invoice.contract() != null) forContracts = forContracts.plus(billed);
      else forActivities = forActivities.plus(billed);
      if (invoice.status() == InvoiceStatus.PAID && !invoice.payments().isEmpty()) {
        Payment last = invoice.payments().get(invoice.payments().size() - 1);
        if (last.on().getYear() == year) paymentDays.add(ChronoUnit.DAYS.between(invoice.issueDate(), last.on()));
      }
    }
    BigDecimal averageDays = paymentDays.isEmpty() ? BigDecimal.ZERO
        : BigDecimal.valueOf(paymentDays.stream().mapToLong(Long::longValue).sum()).divide(BigDecimal.valueOf(paymentDays.size()), 1, RoundingMode.HALF_UP);
    BigDecimal balanceSheetDays = billedWithVat.isZero() ? BigDecimal.ZERO
        : owedAtYearEnd.getAmount().multiply(BigDecimal.valueOf(yearEnd.getDayOfYear())).divide(billedWithVat.getAmount(), 1, RoundingMode.HALF_UP);

    List<Member> members = AllRecords.of(stores.members());
    int shareholders = (int) members.stream().filter(Member::isShareholder).count();
    return new AnnualReport(year, types, all.line(), forContracts, forActivities, members.size(), shareholders, issued,
        steps.getOrDefault(CollectionStep.Kind.REMINDER, 0), steps.getOrDefault(CollectionStep.Kind.FORMAL_NOTICE, 0),
        steps.getOrDefault(CollectionStep.Kind.HANDOVER_TO_COLLECTION, 0), writtenOff, averageDays, balanceSheetDays, stores.flow().fund().report(),
        PortfolioTable.ofYear(year, currency, AllRecords.of(stores.leases())));
  }

  private static final class Tally {

    private final Set<MemberId> workers = new HashSet<>();
    private Money gross;
    private int days;

    Tally(CurrencyUnit currency) {
      gross = Money.zero(currency);
    }

    void add(Contract contract, Money pay) {
      workers.add(contract.member());
      gross = gross.plus(pay);
      days += contract.workDays().size();
    }

    TypeLine line() {
      return new TypeLine(workers.size(), gross, days);
    }
  }
}
