package coop.smart.core.flow;

import static org.assertj.core.api.Assertions.assertThat;

import coop.smart.core.activity.Activity;
import coop.smart.core.activity.Sector;
import coop.smart.core.client.Client;
import coop.smart.core.client.ClientKind;
import coop.smart.core.contract.Contract;
import coop.smart.core.contract.ContractStatus;
import coop.smart.core.contract.ContractTerms;
import coop.smart.core.contract.QuotaUsage;
import coop.smart.core.contract.WorkDay;
import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.entity.VatArea;
import coop.smart.core.flow.MoneyFlow.ContractInvoice;
import coop.smart.core.guarantee.FundReport;
import coop.smart.core.invoice.InMemoryInvoiceNumbering;
import coop.smart.core.invoice.Invoice;
import coop.smart.core.invoice.InvoiceLine;
import coop.smart.core.invoice.Reminder;
import coop.smart.core.ledger.Account;
import coop.smart.core.ledger.AccountType;
import coop.smart.core.ledger.InMemoryLedger;
import coop.smart.core.member.Member;
import coop.smart.core.member.PersonKind;
import coop.smart.core.member.ShareCategory;
import coop.smart.core.money.Rate;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.joda.money.Money;

/**
 * One Belgian entity's books driven through {@link MoneyFlow}, with the aggregates a caller
 * would store, and the invariants that must hold after every operation.
 */
final class MoneyWorld {

  static final NationalEntity BE = EntityCatalog.standard().entity("BE");

  final InMemoryLedger ledger = new InMemoryLedger(BE.code(), BE.currency());
  final MoneyFlow flow = new MoneyFlow(BE, VatArea.standard(), ledger, new InMemoryInvoiceNumbering());
  final Member admin = Member.join(BE.code(), PersonKind.NATURAL_PERSON, "Admin").buyShares(1, ShareCategory.A);
  final List<Client> clients = List.of(
      Client.register(BE.code(), "Brussels venue", "BE", ClientKind.BUSINESS, "BE0412345678"),
      Client.register(BE.code(), "Lille festival", "FR", ClientKind.BUSINESS, "FR12345678901"),
      Client.register(BE.code(), "New York gallery", "US", ClientKind.BUSINESS, null));
  final List<Activity> activities = new ArrayList<>();
  final List<ContractInvoice> contracts = new ArrayList<>();
  final Map<String, Invoice> activityInvoices = new LinkedHashMap<>();
  final Map<String, LocalDate> settledOn = new HashMap<>();
  final Set<Client> defaulted = new HashSet<>();
  LocalDate today = LocalDate.of(2017, 1, 2);

  MoneyWorld() {
    activities.add(Activity.open(BE, admin, "Theatre", Sector.of("performing arts"), today));
    activities.add(Activity.open(BE, admin, "Studio", Sector.of("design"), today));
    flow.fund().contribute(Money.parse("EUR 100000.00"), today);
  }

  static Money eur(long cents) {
    return Money.ofMinor(BE.currency(), cents);
  }

  List<InvoiceLine> lines(Money net) {
    return List.of(new InvoiceLine("work", BigDecimal.ONE, net));
  }

  void invoiceContract(Client client, long cents) {
    Contract contract = Contract.draft(BE, new ContractTerms(admin.id(), client.id(), null, ContractType.EMPLOYEE, "ASSOCIATED_PRODUCTIONS",
            HolderKind.INDIVIDUAL, today, today, List.of(new WorkDay(today, BigDecimal.valueOf(8))), eur(cents), null, Rate.parse("0.11")))
        .declare(BE, admin, contracts.size(), today);
    contracts.add(flow.invoice(contract, client, lines(eur(cents)), today));
  }

  void invoiceActivity(Activity activity, Client client, long cents) {
    Invoice invoice = flow.invoice(activity, admin, client, null, HolderKind.INDIVIDUAL, lines(eur(cents)), today);
    activityInvoices.put(invoice.number().toString(), invoice);
  }

  /** True while some client has not defaulted, so there is someone to invoice. */
  boolean hasLiveClient() {
    return defaulted.size() < clients.size();
  }

  List<Invoice> openInvoices() {
    return allInvoices().stream().filter(invoice -> invoice.status().isOpen()).toList();
  }

  List<Invoice> allInvoices() {
    List<Invoice> all = new ArrayList<>(activityInvoices.values());
    contracts.forEach(ci -> all.add(ci.invoice()));
    return all;
  }

  Activity activityOf(Invoice invoice) {
    return activities.stream().filter(activity -> activity.id().equals(invoice.activity())).findFirst().orElse(null);
  }

  /** Pays {@code amount} on {@code invoice}; contract invoices' salaries follow their own dates. */
  void pay(Invoice invoice, Money amount) {
    replace(flow.receivePayment(invoice, activityOf(invoice), amount, today));
  }

  void credit(Invoice invoice, Money amount) {
    if (invoice.activity() != null) {
      replace(flow.credit(invoice, activityOf(invoice), amount, today));
      return;
    }
    for (int i = 0; i < contracts.size(); i++) {
      if (contracts.get(i).invoice().id().equals(invoice.id())) {
        ContractInvoice credited = flow.creditInFull(contracts.get(i), today);
        contracts.set(i, credited);
        replace(credited.invoice());
      }
    }
  }

  void passDays(int days) {
    today = today.plusDays(days);
    for (int i = 0; i < contracts.size(); i++) {
      ContractInvoice ci = contracts.get(i);
      if (ci.contract().status() != ContractStatus.INVOICED) continue;
      LocalDate due = ci.contract().pay(BE, QuotaUsage.NONE).payment().paymentDate();
      if (!due.isAfter(today)) contracts.set(i, flow.paySalary(ci, QuotaUsage.NONE, due));
    }
  }

  void runReminders() {
    flow.runReminders(today, allInvoices()).reminded().forEach(this::replace);
  }

  void defaultOf(Client client) {
    List<Invoice> theirs = allInvoices().stream().filter(invoice -> invoice.client().equals(client.id())).toList();
    flow.defaultOf(client, theirs, today).forEach(this::replace);
    defaulted.add(client);
  }

  void closeYears() {
    activities.replaceAll(activity -> {
      int next = activity.closedThrough() == 0 ? 2017 : activity.closedThrough() + 1;
      return next < today.getYear() ? activity.closeYear(next) : activity;
    });
  }

  void replace(Invoice invoice) {
    if (!invoice.status().isOpen()) settledOn.putIfAbsent(invoice.number().toString(), today);
    if (invoice.activity() != null) {
      activityInvoices.put(invoice.number().toString(), invoice);
    } else {
      contracts.replaceAll(ci -> ci.invoice().id().equals(invoice.id()) ? new ContractInvoice(ci.contract(), invoice) : ci);
    }
  }

  /** What must hold after every operation. */
  void checkInvariants() {
    Money sum = Money.zero(BE.currency());
    for (Money balance : ledger.trialBalance().values()) sum = sum.plus(balance);
    assertThat(sum.isZero()).as("trial balance").isTrue();

    for (Activity activity : activities) {
      assertThat(flow.budgets().available(activity.id()).isNegative()).as("budget of %s", activity.name()).isFalse();
      assertThat(flow.budgets().pending(activity.id()).isNegative()).as("pending of %s", activity.name()).isFalse();
    }

    FundReport fund = flow.fund().report();
    Money advances = Money.zero(BE.currency());
    for (var balance : ledger.trialBalance().entrySet()) {
      if (balance.getKey().type() == AccountType.GUARANTEE_ADVANCES) advances = advances.plus(balance.getValue());
    }
    assertThat(fund.outstanding()).as("fund outstanding").isEqualTo(advances);
    assertThat(fund.advanced().minus(fund.recovered()).minus(fund.lost())).isEqualTo(fund.outstanding());
    assertThat(fund.balance()).isEqualTo(fund.contributed().minus(fund.lost()));
    assertThat(ledger.balance(Account.of(AccountType.GUARANTEE_FUND)).negated()).isEqualTo(fund.balance());

    for (Invoice invoice : allInvoices()) {
      LocalDate settled = settledOn.get(invoice.number().toString());
      if (settled == null) continue;
      for (Reminder reminder : invoice.reminders()) {
        assertThat(reminder.issuedOn()).as("reminder on settled invoice %s", invoice.number()).isBeforeOrEqualTo(settled);
      }
    }

    for (ContractInvoice ci : contracts) {
      Money setAside = ledger.balance(Account.of(AccountType.CONTRACT_PAYROLL, ci.contract().id())).negated();
      if (ci.contract().status() == ContractStatus.INVOICED) {
        assertThat(setAside).isEqualTo(ci.invoice().net().minus(ci.invoice().fee().fee()));
      } else {
        assertThat(setAside.isZero()).as("contract %s set-aside", ci.contract().status()).isTrue();
      }
    }
  }
}
