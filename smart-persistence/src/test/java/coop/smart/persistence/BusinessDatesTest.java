package coop.smart.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.activity.Activity;
import coop.smart.core.activity.Sector;
import coop.smart.core.client.Client;
import coop.smart.core.client.ClientKind;
import coop.smart.core.contract.ContractTerms;
import coop.smart.core.contract.WorkDay;
import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.MemberAction;
import coop.smart.core.entity.VatArea;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.error.ValidationException;
import coop.smart.core.invoice.Invoice;
import coop.smart.core.invoice.InvoiceLine;
import coop.smart.core.invoice.InvoiceNumber;
import coop.smart.core.leasing.Equipment;
import coop.smart.core.leasing.Lease;
import coop.smart.core.leasing.NewTerm;
import coop.smart.core.member.Member;
import coop.smart.core.member.MemberId;
import coop.smart.core.member.PersonKind;
import coop.smart.core.member.ShareCategory;
import coop.smart.core.money.Rate;
import coop.smart.core.operation.Activities;
import coop.smart.core.operation.Actor;
import coop.smart.core.operation.Clients;
import coop.smart.core.operation.Collections;
import coop.smart.core.operation.Contracts;
import coop.smart.core.operation.EntityStores;
import coop.smart.core.operation.Invoices;
import coop.smart.core.operation.Leases;
import coop.smart.core.operation.Members;
import coop.smart.core.operation.Role;
import coop.smart.core.operation.SalaryRuns;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.joda.money.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The dates the operations accept, on the stores: money booked on a day that has come and in
 * which the entity's rules apply, never before the record it follows; invoices dated in the
 * order of their numbers, within the entity's back-dating window; ended years closed. Every
 * refusal names the field and changes nothing.
 */
class BusinessDatesTest {

  private static final LocalDate TODAY = LocalDate.of(2017, 7, 20);
  private static final LocalDate TOMORROW = TODAY.plusDays(1);
  private static final LocalDate YEAR_9999 = LocalDate.of(9999, 12, 31);
  private static final LocalDate YEAR_ZERO = LocalDate.of(0, 1, 1);
  private static final Actor ADVISOR = new Actor("advisor", Fixtures.BE, Role.ADVISOR, null, null);

  private Database database;
  private EntityStores stores;
  private Activity activity;
  private MemberId administrator;
  private Client client;

  @BeforeEach
  void storesOnTheTwentiethOfJuly2017() {
    database = TestDatabases.fresh();
    Clock clock = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    stores = new JdbiEntityStores(database, EntityCatalog.standard().entity("BE"), VatArea.standard(), clock);
    Members members = new Members(stores);
    Member member = members.join(ADVISOR, PersonKind.NATURAL_PERSON, "Lena Maes");
    member = members.buyShares(ADVISOR, member.id(), member.version(), 1, ShareCategory.A);
    administrator = member.id();
    activity = new Activities(stores).open(ADVISOR, "Lena's photo studio", Sector.of("photography"), List.of(administrator.value()));
    new Activities(stores).receive(ADVISOR, activity.id(), administrator.value(), MemberAction.FINANCING_AGREEMENT,
        Money.parse("EUR 1000.00"), null, LocalDate.of(2017, 7, 1));
    activity = new Activities(stores).find(ADVISOR, activity.id());
    client = new Clients(stores).register(ADVISOR, new Clients.Details("Atelier Lumière", "BE", ClientKind.BUSINESS, "BE0123456749"));
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void aContribution_beforeTheEntitysRulesApply_orToCome_isRefused() {
    SalaryRuns runs = new SalaryRuns(stores);
    Money amount = Money.parse("EUR 100.00");
    for (LocalDate day : List.of(YEAR_ZERO, LocalDate.MIN, LocalDate.of(2016, 12, 31))) {
      refusedUnchanged(() -> runs.contribute(ADVISOR, amount, day), "on", "2017-01-01");
    }
    for (LocalDate day : List.of(YEAR_9999, LocalDate.MAX, TOMORROW)) {
      refusedUnchanged(() -> runs.contribute(ADVISOR, amount, day), "on", "after today");
    }
    assertThat(runs.contribute(ADVISOR, amount, LocalDate.of(2017, 1, 1)).contributed()).isEqualTo(amount);
  }

  @Test
  void aClientPayment_toCome_orBeforeItsInvoice_isRefused() {
    Invoices invoices = new Invoices(stores);
    Invoice invoice = issue(LocalDate.of(2017, 7, 10));
    Money amount = Money.parse("EUR 10.00");
    for (LocalDate day : List.of(YEAR_9999, LocalDate.of(2030, 1, 1), TOMORROW)) {
      refusedUnchanged(() -> invoices.pay(ADVISOR, invoice.id(), invoice.version(), amount, day), "paidOn", "after today");
    }
    refusedUnchanged(() -> invoices.pay(ADVISOR, invoice.id(), invoice.version(), amount, LocalDate.of(2017, 7, 9)), "paidOn", "2017-07-10");
    assertThat(invoices.pay(ADVISOR, invoice.id(), invoice.version(), amount, TODAY).paid()).isEqualTo(amount);
  }

  @Test
  void aCreditNote_toCome_orBeforeItsInvoice_isRefused() {
    Invoices invoices = new Invoices(stores);
    Invoice invoice = issue(LocalDate.of(2017, 7, 10));
    Money amount = Money.parse("EUR 10.00");
    for (LocalDate day : List.of(YEAR_9999, TOMORROW)) {
      refusedUnchanged(() -> invoices.credit(ADVISOR, invoice.id(), invoice.version(), amount, day), "creditedOn", "after today");
    }
    refusedUnchanged(() -> invoices.credit(ADVISOR, invoice.id(), invoice.version(), amount, LocalDate.of(2017, 7, 9)), "creditedOn",
        "2017-07-10");
    assertThat(invoices.credit(ADVISOR, invoice.id(), invoice.version(), amount, TODAY).credited()).isEqualTo(amount);
  }

  @Test
  void anExpense_incurredOrRefundedToCome_orRefundedBeforeItWasIncurred_isRefused() {
    Activities activities = new Activities(stores);
    Money amount = Money.parse("EUR 20.00");
    refusedUnchanged(() -> reimburse(activities, amount, YEAR_9999, TODAY), "incurredOn", "after today");
    refusedUnchanged(() -> reimburse(activities, amount, YEAR_ZERO, TODAY), "incurredOn", "2017-01-01");
    refusedUnchanged(() -> reimburse(activities, amount, TODAY, YEAR_9999), "paidOn", "after today");
    refusedUnchanged(() -> reimburse(activities, amount, TODAY, TODAY.minusDays(1)), "paidOn", "incurred on " + TODAY);
    assertThat(reimburse(activities, amount, LocalDate.of(2017, 7, 3), TODAY).line().change()).isEqualTo(amount.negated());
  }

  @Test
  void aTransferOrAReceipt_toCome_orBeforeTheEntitysRulesApply_isRefused() {
    Activities activities = new Activities(stores);
    Activity other = activities.open(ADVISOR, "Lena's second studio", Sector.of("photography"), List.of(administrator.value()));
    Money amount = Money.parse("EUR 20.00");
    for (LocalDate day : List.of(YEAR_9999, TOMORROW)) {
      refusedUnchanged(() -> activities.transfer(ADVISOR, activity.id(), other.id(), administrator.value(), amount, day), "on", "after today");
      refusedUnchanged(() -> activities.receive(ADVISOR, activity.id(), administrator.value(), MemberAction.FINANCING_AGREEMENT, amount,
          null, day), "on", "after today");
    }
    refusedUnchanged(() -> activities.transfer(ADVISOR, activity.id(), other.id(), administrator.value(), amount, YEAR_ZERO), "on",
        "2017-01-01");
    refusedUnchanged(() -> activities.receive(ADVISOR, activity.id(), administrator.value(), MemberAction.FINANCING_AGREEMENT, amount,
        null, LocalDate.MIN), "on", "2017-01-01");
  }

  @Test
  void anInvoice_datedToCome_orBeyondTheBackDatingWindow_isRefused_andTakesNoNumber() {
    for (LocalDate day : List.of(YEAR_9999, LocalDate.of(2031, 1, 1), TOMORROW)) {
      refusedUnchanged(() -> issue(day), "issueDate", "after today");
    }
    for (LocalDate day : List.of(LocalDate.of(2017, 3, 1), TODAY.minusDays(16))) {
      refusedUnchanged(() -> issue(day), "issueDate", "15 days (P15D) before today, 2017-07-20");
    }
    refusedUnchanged(() -> issue(YEAR_ZERO), "issueDate", "2017-01-01");
    assertThat(issue(TODAY.minusDays(15)).number()).isEqualTo(new InvoiceNumber(Fixtures.BE, 2017, 1));
  }

  @Test
  void anInvoice_datedBeforeTheLastOfItsSeries_isRefused_andTakesNoNumber() {
    Invoice fifth = null;
    for (int i = 0; i < 5; i++) fifth = issue(LocalDate.of(2017, 7, 12));
    assertThat(fifth.number().toString()).isEqualTo("BE-2017-000005");
    int entries = stores.ledger().entries().size();

    assertThatThrownBy(() -> issue(LocalDate.of(2017, 7, 11))).isInstanceOfSatisfying(BusinessRuleException.class, refusal -> {
      assertThat(refusal.rule()).isEqualTo("INVOICE_DATE_ORDER");
      assertThat(refusal.getMessage()).startsWith("issueDate:").contains("BE-2017-000005", "2017-07-12");
    });

    assertThat(stores.ledger().entries()).hasSize(entries);
    assertThat(issue(LocalDate.of(2017, 7, 12)).number().toString()).isEqualTo("BE-2017-000006");
  }

  @Test
  void aContractOrALease_beforeTheEntitysRulesApply_orBeyondYear9999_isRefused() {
    Member member = new Members(stores).join(ADVISOR, PersonKind.NATURAL_PERSON, "Anna Peeters");
    refusedUnchanged(() -> new Contracts(stores).draft(ADVISOR, contractTerms(member, YEAR_ZERO, YEAR_ZERO)), "start", "2017-01-01");
    LocalDate beyond = LocalDate.of(10000, 1, 1);
    refusedUnchanged(() -> new Contracts(stores).draft(ADVISOR, contractTerms(member, beyond, beyond)), "start", "9999-12-31");
    refusedUnchanged(() -> new Leases(stores).sign(ADVISOR, activity.id(), List.of(new Equipment("Camera", Money.parse("EUR 900.00"))),
        YEAR_ZERO, new BigDecimal("0.05"), 12), "startDate", "2017-01-01");
    Leases leases = new Leases(stores);
    Lease lease = leases.sign(ADVISOR, activity.id(), List.of(new Equipment("Camera", Money.parse("EUR 900.00"))), LocalDate.of(9999, 6, 1),
        new BigDecimal("0.05"), 12);
    activity = new Activities(stores).find(ADVISOR, activity.id());
    refusedUnchanged(() -> leases.amend(ADVISOR, lease.id(), lease.version(), new NewTerm(beyond, 6), beyond), "signedOn", "9999-12-31");
    refusedUnchanged(() -> leases.payOff(ADVISOR, lease.id(), lease.version(), beyond), "date", "9999-12-31");
  }

  @Test
  void aYearClosing_ofAYearThatHasNotEnded_orBeforeTheEntitysRulesApply_isRefused() {
    Activities activities = new Activities(stores);
    for (int year : new int[] {0, -5, 2016, 2017, 2031, Integer.MAX_VALUE}) {
      refusedUnchanged(() -> activities.closeYear(ADVISOR, activity.id(), activity.version(), year), "year", Integer.toString(year));
      refusedUnchanged(() -> activities.closeYearEverywhere(ADVISOR, year), "year", Integer.toString(year));
    }
    assertThat(activities.find(ADVISOR, activity.id()).closedThrough()).isZero();
  }

  @Test
  void aRunOrADefault_onADayToCome_orBeforeTheEntitysRulesApply_isRefused() {
    for (LocalDate day : List.of(YEAR_9999, TOMORROW)) {
      refusedUnchanged(() -> new SalaryRuns(stores).pay(ADVISOR, day), "on", "after today");
      refusedUnchanged(() -> new Collections(stores).remind(ADVISOR, day), "on", "after today");
      refusedUnchanged(() -> new Collections(stores).declareDefault(ADVISOR, client.id(), day), "on", "after today");
      refusedUnchanged(() -> new Leases(stores).bill(ADVISOR, day), "on", "after today");
    }
    refusedUnchanged(() -> new Collections(stores).declareDefault(ADVISOR, client.id(), LocalDate.MIN), "on", "2017-01-01");
  }

  private Invoice issue(LocalDate on) {
    return new Invoices(stores).issueForActivity(ADVISOR, new Invoices.ActivitySale(activity.id(), administrator, client.id(), null,
        HolderKind.INDIVIDUAL, List.of(new InvoiceLine("Prints", BigDecimal.ONE, Money.parse("EUR 120.00")))), on);
  }

  private Activities.Booked reimburse(Activities activities, Money amount, LocalDate incurredOn, LocalDate paidOn) {
    return activities.reimburse(ADVISOR, activity.id(), administrator.value(), administrator.value(), "Camera repair", amount, incurredOn,
        paidOn);
  }

  private ContractTerms contractTerms(Member member, LocalDate start, LocalDate end) {
    return new ContractTerms(member.id(), client.id(), null, ContractType.EMPLOYEE, "ASSOCIATED_PRODUCTIONS", HolderKind.INDIVIDUAL, start,
        end, List.of(new WorkDay(start, BigDecimal.valueOf(8))), Money.parse("EUR 500.00"), null, Rate.parse("0.11"));
  }

  /** Refused as invalid, naming {@code field} with a message containing {@code saying}, with the books as they were. */
  private void refusedUnchanged(ThrowingCallable operation, String field, String saying) {
    int entries = stores.ledger().entries().size();
    Activity before = new Activities(stores).find(ADVISOR, activity.id());
    assertThatThrownBy(operation).isInstanceOfSatisfying(ValidationException.class,
        refusal -> assertThat(refusal.errors()).containsKey(field).extractingByKey(field).asList().anySatisfy(
            message -> assertThat(message.toString()).contains(saying)));
    assertThat(stores.ledger().entries()).hasSize(entries);
    assertThat(new Activities(stores).find(ADVISOR, activity.id())).isEqualTo(before);
  }
}
