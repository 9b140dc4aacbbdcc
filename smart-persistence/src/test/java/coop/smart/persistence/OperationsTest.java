package coop.smart.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.activity.Activity;
import coop.smart.core.activity.Sector;
import coop.smart.core.client.Client;
import coop.smart.core.client.ClientId;
import coop.smart.core.client.ClientKind;
import coop.smart.core.contract.Contract;
import coop.smart.core.contract.ContractId;
import coop.smart.core.contract.ContractPay;
import coop.smart.core.contract.ContractStatus;
import coop.smart.core.contract.ContractTerms;
import coop.smart.core.contract.SalaryPayment;
import coop.smart.core.contract.WorkDay;
import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.MemberAction;
import coop.smart.core.entity.VatArea;
import coop.smart.core.error.BusinessRuleException;
import coop.smart.core.error.ConflictException;
import coop.smart.core.error.NotFoundException;
import coop.smart.core.error.StaleVersionException;
import coop.smart.core.error.ValidationException;
import coop.smart.core.invoice.Invoice;
import coop.smart.core.invoice.InvoiceLine;
import coop.smart.core.ledger.Account;
import coop.smart.core.ledger.AccountType;
import coop.smart.core.member.BankAccount;
import coop.smart.core.member.Member;
import coop.smart.core.member.MemberId;
import coop.smart.core.member.PersonKind;
import coop.smart.core.member.ShareCategory;
import coop.smart.core.money.Rate;
import coop.smart.core.payout.BankTransfer;
import coop.smart.core.payout.PayoutDay;
import coop.smart.core.operation.Activities;
import coop.smart.core.operation.Actor;
import coop.smart.core.operation.Clients;
import coop.smart.core.operation.Contracts;
import coop.smart.core.operation.EntityStores;
import coop.smart.core.operation.Invoices;
import coop.smart.core.operation.Members;
import coop.smart.core.operation.Payouts;
import coop.smart.core.operation.Role;
import coop.smart.core.operation.SalaryRuns;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.joda.money.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The core's operations on the stores, run as two servers on one database would: each side has
 * its own connection pool, and the guards must hold between them.
 */
class OperationsTest {

  private static final LocalDate TODAY = LocalDate.of(2017, 7, 20);
  private static final Actor ADVISOR = new Actor("advisor", Fixtures.BE, Role.ADVISOR, null, null);

  private Database first;
  private Database second;
  private EntityStores one;
  private EntityStores other;

  @BeforeEach
  void twoServersOnOneDatabase() throws SQLException {
    first = TestDatabases.fresh();
    String url = first.jdbi().withHandle(handle -> handle.getConnection().getMetaData().getURL());
    second = Database.connect(url);
    Clock clock = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    one = new JdbiEntityStores(first, EntityCatalog.standard().entity("BE"), VatArea.standard(), clock);
    other = new JdbiEntityStores(second, EntityCatalog.standard().entity("BE"), VatArea.standard(), clock);
  }

  @AfterEach
  void close() {
    second.close();
    first.close();
  }

  @Test
  void invoicesIssuedAtOnceFromTwoServers_areNumberedWithoutGapOrRepeat() throws Exception {
    Activity activity = activityWithBudget(Money.parse("EUR 0.00"));
    Client client = new Clients(one).register(ADVISOR, new Clients.Details("Atelier Lumière", "BE", ClientKind.BUSINESS, "BE0123456749"));
    List<Callable<Invoice>> issues = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      EntityStores stores = i % 2 == 0 ? one : other;
      issues.add(() -> new Invoices(stores).issueForActivity(ADVISOR, new Invoices.ActivitySale(activity.id(), administrator(activity),
          client.id(), null, HolderKind.INDIVIDUAL, List.of(new InvoiceLine("Prints", BigDecimal.ONE, Money.parse("EUR 120.00")))), TODAY));
    }
    List<Long> numbers = new ArrayList<>();
    for (Future<Invoice> issued : runAtOnce(issues)) numbers.add(issued.get().number().sequence());

    assertThat(numbers).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 16).boxed().toList());
  }

  @Test
  void twoRefundsThatTogetherOverspendTheBudget_fromTwoServers_oneIsRefused() throws Exception {
    Activity activity = activityWithBudget(Money.parse("EUR 1000.00"));
    Money available = balance(activity); // the financing agreement, less the entity's fee
    assertThat(available).isBetween(Money.parse("EUR 600.00"), Money.parse("EUR 1199.99"));
    List<Callable<Activities.Booked>> refunds = new ArrayList<>();
    for (EntityStores stores : List.of(one, other)) {
      refunds.add(() -> new Activities(stores).reimburse(ADVISOR, activity.id(), administrator(activity).value(),
          administrator(activity).value(), "Camera repair", Money.parse("EUR 600.00"), TODAY, TODAY));
    }
    assertThat(refused(refunds)).isEqualTo(1);
    assertThat(balance(activity)).isEqualTo(available.minus(Money.parse("EUR 600.00")));
  }

  @Test
  void oneContractDeclaredTwiceAtOnceFromTwoServers_isDeclaredOnce_theOtherIsStale() throws Exception {
    Member member = new Members(one).join(ADVISOR, PersonKind.NATURAL_PERSON, "Lena Maes");
    Client client = new Clients(one).register(ADVISOR, new Clients.Details("Atelier Lumière", "BE", ClientKind.BUSINESS, "BE0123456749"));
    Contract draft = new Contracts(one).draft(ADVISOR, new ContractTerms(member.id(), client.id(), null, ContractType.EMPLOYEE,
        "ASSOCIATED_PRODUCTIONS", HolderKind.INDIVIDUAL, LocalDate.of(2017, 7, 10), LocalDate.of(2017, 7, 14),
        List.of(WorkDay.of("2017-07-14", "8")), Money.parse("EUR 1000.00"), null, Rate.parse("0.11")));
    List<Callable<Contract>> declarations = List.of(
        () -> new Contracts(one).declare(ADVISOR, draft.id(), draft.version()),
        () -> new Contracts(other).declare(ADVISOR, draft.id(), draft.version()));
    int stale = 0;
    for (Future<Contract> declaration : runAtOnce(declarations)) {
      try {
        declaration.get();
      } catch (ExecutionException e) {
        assertThat(e.getCause()).isInstanceOf(StaleVersionException.class);
        stale++;
      }
    }

    assertThat(stale).isEqualTo(1);
    assertThat(new Contracts(other).find(ADVISOR, draft.id()).version()).isEqualTo(draft.version() + 1);
  }

  @Test
  void contractFundedByABudget_setsItsPayAsideWhenDeclared_andIsPaidFromIt_onItsPaymentDate() {
    Activity activity = activityWithBudget(Money.parse("EUR 2000.00"));
    Money available = balance(activity);
    Contract draft = new Contracts(one).draft(ADVISOR, fundedTerms(activity, "935.00"));
    Contract declared = new Contracts(one).declare(ADVISOR, draft.id(), draft.version());
    ContractPay pay = new Contracts(one).pay(declared);

    assertThat(pay.breakdown().fee()).isEqualTo(Money.parse("EUR 0.00"));
    assertThat(pay.breakdown().gross()).isEqualTo(Money.parse("EUR 618.18")); // 935.00 / 1.5125, rounded down
    assertThat(balance(activity)).isEqualTo(available.minus(Money.parse("EUR 935.00")));
    LocalDate due = pay.payment().paymentDate();
    assertThat(new SalaryRuns(storesOn(due.minusDays(1))).pay(ADVISOR, due.minusDays(1))).isEmpty();

    List<SalaryRuns.Paid> paid = new SalaryRuns(storesOn(due)).pay(ADVISOR, due);

    assertThat(paid).singleElement().satisfies(salary -> {
      assertThat(salary.invoice()).isNull();
      assertThat(salary.advanced()).isEqualTo(Money.parse("EUR 0.00"));
      assertThat(salary.pay().breakdown()).isEqualTo(pay.breakdown());
    });
    assertThat(new Contracts(one).find(ADVISOR, draft.id()).status()).isEqualTo(ContractStatus.PAID);
    assertThat(one.ledger().balance(SalaryPayment.payroll(draft.id()))).isEqualTo(Money.parse("EUR 0.00"));
    assertThat(balance(activity)).isEqualTo(available.minus(Money.parse("EUR 935.00")));
    assertThat(new SalaryRuns(storesOn(due)).pay(ADVISOR, due)).isEmpty();
  }

  @Test
  void aDaysSalaryRunFromTwoServersAtOnce_paysEachSalaryOnce_withItsTransfer() throws Exception {
    Activity activity = activityWithBudget(Money.parse("EUR 5000.00"));
    Money available = balance(activity);
    List<ContractId> declared = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      Contract draft = new Contracts(one).draft(ADVISOR, fundedTerms(activity, "935.00"));
      declared.add(new Contracts(one).declare(ADVISOR, draft.id(), draft.version()).id());
    }
    LocalDate due = new Contracts(one).pay(new Contracts(one).find(ADVISOR, declared.get(0))).payment().paymentDate();
    EntityStores otherOnDue = new JdbiEntityStores(second, EntityCatalog.standard().entity("BE"), VatArea.standard(),
        Clock.fixed(due.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    List<SalaryRuns.Paid> paid = new ArrayList<>();
    for (Future<List<SalaryRuns.Paid>> run : runAtOnce(List.<Callable<List<SalaryRuns.Paid>>>of(
        () -> new SalaryRuns(storesOn(due)).pay(ADVISOR, due), () -> new SalaryRuns(otherOnDue).pay(ADVISOR, due)))) {
      try {
        paid.addAll(run.get());
      } catch (ExecutionException e) {
        assertThat(e.getCause()).isInstanceOf(ConflictException.class); // the other run paid them first
      }
    }

    assertThat(paid).extracting(salary -> salary.contract().id()).containsExactlyInAnyOrderElementsOf(declared);
    assertThat(one.transfers().on(due)).containsExactlyElementsOf(paid.stream().map(SalaryRuns.Paid::transfer).toList());
    for (ContractId id : declared) {
      assertThat(new Contracts(one).find(ADVISOR, id).status()).isEqualTo(ContractStatus.PAID);
      assertThat(one.ledger().balance(SalaryPayment.payroll(id))).isEqualTo(Money.parse("EUR 0.00"));
    }
    assertThat(balance(activity)).isEqualTo(available.minus(Money.parse("EUR 2805.00")));
    assertThat(one.ledger().trialBalance().values().stream().reduce(Money.parse("EUR 0.00"), Money::plus)).isEqualTo(Money.parse("EUR 0.00"));
  }

  @Test
  void aPaymentRun_andARefund_recordTheirTransfers_andRunningTheDayAgainAddsNone() {
    Activity activity = activityWithBudget(Money.parse("EUR 2000.00"));
    Members members = new Members(one);
    Member administrator = one.members().find(administrator(activity)).orElseThrow();
    members.changeBankAccount(ADVISOR, administrator.id(), administrator.version(), new BankAccount("BE68 5390 0754 7034", null, null));
    Contract draft = new Contracts(one).draft(ADVISOR, fundedTerms(activity, "935.00"));
    ContractPay pay = new Contracts(one).pay(new Contracts(one).declare(ADVISOR, draft.id(), draft.version()));
    LocalDate due = pay.payment().paymentDate();
    Money bank = one.ledger().balance(Account.of(AccountType.BANK));

    SalaryRuns.Paid paid = new SalaryRuns(storesOn(due)).pay(ADVISOR, due).get(0);
    new Activities(storesOn(due)).reimburse(ADVISOR, activity.id(), administrator(activity).value(), administrator(activity).value(),
        "Camera repair", Money.parse("EUR 60.00"), TODAY, due);
    assertThat(new SalaryRuns(storesOn(due)).pay(ADVISOR, due)).isEmpty();

    PayoutDay day = new Payouts(one).day(due);
    assertThat(day.orderable()).extracting(BankTransfer::endToEndId)
        .containsExactly("S" + draft.id().value().toString().replace("-", ""), day.orderable().get(1).endToEndId());
    assertThat(day.orderable().get(0)).isEqualTo(paid.transfer());
    assertThat(day.orderable().get(0).amount()).isEqualTo(pay.breakdown().net().plus(pay.breakdown().expenses()));
    assertThat(day.orderable().get(1).amount()).isEqualTo(Money.parse("EUR 60.00"));
    assertThat(day.orderable().get(1).account().iban()).isEqualTo("BE68539007547034");
    assertThat(day.withheld()).isEmpty();
    assertThat(day.controlSum()).isEqualTo(bank.minus(one.ledger().balance(Account.of(AccountType.BANK))));
    assertThatThrownBy(() -> new Payouts(one).day(due.plusDays(1))).isInstanceOf(NotFoundException.class);
  }

  @Test
  void aRefundRefused_recordsNoTransfer() {
    Activity activity = activityWithBudget(Money.parse("EUR 100.00"));
    assertThatThrownBy(() -> new Activities(one).reimburse(ADVISOR, activity.id(), administrator(activity).value(), administrator(activity).value(),
        "Camera", Money.parse("EUR 5000.00"), TODAY, TODAY)).isInstanceOf(BusinessRuleException.class);
    assertThat(one.transfers().on(TODAY)).isEmpty();
  }

  @Test
  void contractFundedBeyondTheBudget_isRefusedAtItsDeclaration_andChangesNothing() {
    Activity activity = activityWithBudget(Money.parse("EUR 500.00"));
    Contract draft = new Contracts(one).draft(ADVISOR, fundedTerms(activity, "935.00"));
    int entries = one.ledger().entries().size();

    assertThatThrownBy(() -> new Contracts(one).declare(ADVISOR, draft.id(), draft.version()))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessageContaining("available; spending EUR 935.00 would exceed it");
    assertThat(new Contracts(one).find(ADVISOR, draft.id()).status()).isEqualTo(ContractStatus.DRAFT);
    assertThat(one.ledger().entries()).hasSize(entries);
  }

  @Test
  void cancellingADeclaredContractFundedByABudget_givesItsPayBackToTheBudget() {
    Activity activity = activityWithBudget(Money.parse("EUR 2000.00"));
    Money available = balance(activity);
    Contract draft = new Contracts(one).draft(ADVISOR, fundedTerms(activity, "935.00"));
    Contract declared = new Contracts(one).declare(ADVISOR, draft.id(), draft.version());

    new Contracts(one).cancel(ADVISOR, declared.id(), declared.version());

    assertThat(balance(activity)).isEqualTo(available);
    assertThat(one.ledger().balance(SalaryPayment.payroll(draft.id()))).isEqualTo(Money.parse("EUR 0.00"));
    assertThat(one.ledger().trialBalance().values().stream().reduce(Money.parse("EUR 0.00"), Money::plus)).isEqualTo(Money.parse("EUR 0.00"));
  }

  @Test
  void twoContractsThatTogetherOverspendTheBudget_declaredAtOnceFromTwoServers_oneIsRefused() throws Exception {
    Activity activity = activityWithBudget(Money.parse("EUR 1000.00"));
    Money available = balance(activity);
    Contract first = new Contracts(one).draft(ADVISOR, fundedTerms(activity, "600.00"));
    Contract second = new Contracts(one).draft(ADVISOR, fundedTerms(activity, "600.00"));
    assertThat(refused(List.<Callable<Contract>>of(
        () -> new Contracts(one).declare(ADVISOR, first.id(), first.version()),
        () -> new Contracts(other).declare(ADVISOR, second.id(), second.version())))).isEqualTo(1);
    assertThat(balance(activity)).isEqualTo(available.minus(Money.parse("EUR 600.00")));
  }

  @Test
  void aDaysContractsInvoicedTogether_fromTwoServersAtOnce_areNumberedInTheOrderGiven_andBilledAsOneByOne() throws Exception {
    Client client = new Clients(one).register(ADVISOR, new Clients.Details("Atelier Lumière", "BE", ClientKind.BUSINESS, "BE0123456749"));
    List<ContractId> declared = new ArrayList<>();
    for (int i = 0; i < 7; i++) declared.add(declaredFor(client, "1000.00").id());
    Invoice single = new Invoices(one).issueForContract(ADVISOR, declared.get(6), null, TODAY);
    int entries = one.ledger().entries().size();

    List<Invoice> together = new ArrayList<>();
    for (Future<List<Invoice>> issued : runAtOnce(List.<Callable<List<Invoice>>>of(
        () -> new Invoices(one).issueForContracts(ADVISOR, declared.subList(0, 3), TODAY),
        () -> new Invoices(other).issueForContracts(ADVISOR, declared.subList(3, 6), TODAY)))) {
      List<Invoice> batch = issued.get();
      assertThat(batch).extracting(invoice -> invoice.number().sequence()).as("consecutive, in the order given")
          .containsExactly(batch.get(0).number().sequence(), batch.get(0).number().sequence() + 1, batch.get(0).number().sequence() + 2);
      together.addAll(batch);
    }

    assertThat(together).extracting(invoice -> invoice.number().sequence()).containsExactlyInAnyOrder(2L, 3L, 4L, 5L, 6L, 7L);
    assertThat(together).extracting(Invoice::contract).containsExactlyInAnyOrderElementsOf(declared.subList(0, 6));
    for (Invoice invoice : together) {
      assertThat(one.invoices().find(invoice.id())).contains(invoice);
      assertThat(invoice.total()).isEqualTo(single.total());
      assertThat(invoice.lines()).singleElement().satisfies(line -> assertThat(line.total()).isEqualTo(Money.parse("EUR 1000.00")));
      assertThat(new Contracts(one).find(ADVISOR, invoice.contract()).status()).isEqualTo(ContractStatus.INVOICED);
    }
    assertThat(one.ledger().entries()).hasSize(entries + 6);
    assertThat(one.ledger().trialBalance().values().stream().reduce(Money.parse("EUR 0.00"), Money::plus)).isEqualTo(Money.parse("EUR 0.00"));
  }

  @Test
  void contractsInvoicedTogether_oneOfThemNotDeclared_areRefusedWhole_andTakeNoNumber() {
    Client client = new Clients(one).register(ADVISOR, new Clients.Details("Atelier Lumière", "BE", ClientKind.BUSINESS, "BE0123456749"));
    Contract declared = declaredFor(client, "1000.00");
    Contract draft = new Contracts(one).draft(ADVISOR, clientTerms(declared.member(), client, "500.00"));
    int entries = one.ledger().entries().size();

    assertThatThrownBy(() -> new Invoices(one).issueForContracts(ADVISOR, List.of(declared.id(), draft.id()), TODAY))
        .isInstanceOf(BusinessRuleException.class).hasMessageContaining(draft.id().toString());
    assertThatThrownBy(() -> new Invoices(one).issueForContracts(ADVISOR, List.of(declared.id(), declared.id()), TODAY))
        .isInstanceOf(ValidationException.class)
        .hasMessage("contracts: contract " + declared.id() + " is given twice: a contract is invoiced once");
    ContractId unknown = ContractId.next();
    assertThatThrownBy(() -> new Invoices(one).issueForContracts(ADVISOR, List.of(declared.id(), unknown), TODAY))
        .isInstanceOf(NotFoundException.class).hasMessage("no contract " + unknown + " is stored in BE");

    assertThat(new Contracts(one).find(ADVISOR, declared.id()).status()).isEqualTo(ContractStatus.DECLARED);
    assertThat(one.invoices().count()).isZero();
    assertThat(one.ledger().entries()).hasSize(entries);
    assertThat(new Invoices(one).issueForContracts(ADVISOR, List.of(declared.id()), TODAY))
        .singleElement().satisfies(invoice -> assertThat(invoice.number().sequence()).isEqualTo(1));
  }

  @Test
  void draftsDeclaredTogether_countEachOtherUnderTheMembershipLimit_andOneRefusedRefusesAll() {
    Client client = new Clients(one).register(ADVISOR, new Clients.Details("Atelier Lumière", "BE", ClientKind.BUSINESS, "BE0123456749"));
    Member member = new Members(one).join(ADVISOR, PersonKind.NATURAL_PERSON, "Lena Maes");
    Contracts contracts = new Contracts(one);
    Contract first = contracts.draft(ADVISOR, clientTerms(member.id(), client, "100.00"));
    contracts.declare(ADVISOR, first.id(), first.version());
    List<Contract> drafts = contracts.draftAll(ADVISOR, List.of(clientTerms(member.id(), client, "200.00"),
        clientTerms(member.id(), client, "300.00"), clientTerms(member.id(), client, "400.00")));

    assertThatThrownBy(() -> contracts.declareAll(ADVISOR, drafts.stream().map(draft -> new Contracts.Declaration(draft.id(), draft.version())).toList()))
        .isInstanceOf(BusinessRuleException.class)
        .hasMessage("Lena Maes has declared 3 contracts without holding a share; BE allows 3, so contract 4 needs a cooperative share");
    assertThat(drafts).allSatisfy(draft -> assertThat(contracts.find(ADVISOR, draft.id()).status()).isEqualTo(ContractStatus.DRAFT));

    List<Contract> declared = contracts.declareAll(ADVISOR, drafts.subList(0, 2).stream()
        .map(draft -> new Contracts.Declaration(draft.id(), draft.version())).toList());
    assertThat(declared).extracting(Contract::status).containsExactly(ContractStatus.DECLARED, ContractStatus.DECLARED);
    assertThat(declared).extracting(Contract::id).containsExactly(drafts.get(0).id(), drafts.get(1).id());
    assertThatThrownBy(() -> contracts.declareAll(ADVISOR, List.of(new Contracts.Declaration(drafts.get(2).id(), drafts.get(2).version()),
        new Contracts.Declaration(drafts.get(2).id(), drafts.get(2).version()))))
        .isInstanceOf(ValidationException.class)
        .hasMessage("contracts: contract " + drafts.get(2).id() + " is given twice: a contract is declared once");
    assertThatThrownBy(() -> contracts.declareAll(ADVISOR, List.of(new Contracts.Declaration(drafts.get(0).id(), drafts.get(0).version()))))
        .isInstanceOf(StaleVersionException.class)
        .hasMessage("contract " + drafts.get(0).id() + " is at version 2, not 1: it changed since it was read; read it again and retry");
  }

  @Test
  void contractsFundedByOneBudget_declaredTogether_setTheirPayAsideInTurn_andBeyondTheBudgetNoneIs() {
    Activity activity = activityWithBudget(Money.parse("EUR 2000.00"));
    Money available = balance(activity);
    Contracts contracts = new Contracts(one);
    List<Contract> drafts = contracts.draftAll(ADVISOR, List.of(fundedTerms(activity, "600.00"), fundedTerms(activity, "600.00"),
        fundedTerms(activity, "900.00")));
    int entries = one.ledger().entries().size();

    assertThatThrownBy(() -> contracts.declareAll(ADVISOR, drafts.stream().map(draft -> new Contracts.Declaration(draft.id(), draft.version())).toList()))
        .isInstanceOf(BusinessRuleException.class).hasMessageContaining("spending EUR 900.00 would exceed it");
    assertThat(one.ledger().entries()).hasSize(entries);
    assertThat(balance(activity)).isEqualTo(available);

    contracts.declareAll(ADVISOR, drafts.subList(0, 2).stream().map(draft -> new Contracts.Declaration(draft.id(), draft.version())).toList());
    assertThat(balance(activity)).isEqualTo(available.minus(Money.parse("EUR 1200.00")));
    assertThat(one.ledger().entries()).hasSize(entries + 2);
    assertThat(one.activities().find(activity.id()).orElseThrow().version()).as("saved once for both").isEqualTo(activity.version() + 1);
  }

  @Test
  void draftsOneOfWhichNamesAMemberNotStored_areRefusedWhole() {
    Client client = new Clients(one).register(ADVISOR, new Clients.Details("Atelier Lumière", "BE", ClientKind.BUSINESS, "BE0123456749"));
    Member member = new Members(one).join(ADVISOR, PersonKind.NATURAL_PERSON, "Lena Maes");
    MemberId unknown = new MemberId(UUID.randomUUID());

    assertThatThrownBy(() -> new Contracts(one).draftAll(ADVISOR, List.of(clientTerms(member.id(), client, "100.00"),
        clientTerms(unknown, client, "200.00"))))
        .isInstanceOf(ValidationException.class).hasMessageContaining("member").hasMessageContaining(unknown.toString());
    assertThat(one.contracts().count()).isZero();
  }

  @Test
  void salesThroughActivitiesInvoicedTogether_areNumberedInOrder_andOneRefusedRefusesAll() {
    Activity activity = activityWithBudget(Money.parse("EUR 0.00"));
    Client client = new Clients(one).register(ADVISOR, new Clients.Details("Atelier Lumière", "BE", ClientKind.BUSINESS, "BE0123456749"));
    Invoices invoices = new Invoices(one);
    ClientId unknown = new ClientId(UUID.randomUUID());
    List<InvoiceLine> prints = List.of(new InvoiceLine("Prints", BigDecimal.ONE, Money.parse("EUR 120.00")));

    assertThatThrownBy(() -> invoices.issueForActivities(ADVISOR, List.of(sale(activity, client.id(), prints), sale(activity, unknown, prints)), TODAY))
        .isInstanceOf(NotFoundException.class).hasMessage("no client " + unknown + " is stored in BE");
    assertThat(one.invoices().count()).isZero();

    List<Invoice> issued = invoices.issueForActivities(ADVISOR, List.of(sale(activity, client.id(), prints),
        sale(activity, client.id(), List.of(new InvoiceLine("Frames", BigDecimal.TEN, Money.parse("EUR 15.00"))))), TODAY);
    assertThat(issued).extracting(invoice -> invoice.number().sequence()).containsExactly(1L, 2L);
    assertThat(issued).extracting(invoice -> invoice.lines().get(0).description()).containsExactly("Prints", "Frames");
    assertThat(issued).allSatisfy(invoice -> assertThat(one.invoices().find(invoice.id())).contains(invoice));
    assertThat(one.ledger().trialBalance().values().stream().reduce(Money.parse("EUR 0.00"), Money::plus)).isEqualTo(Money.parse("EUR 0.00"));
  }

  private static Invoices.ActivitySale sale(Activity activity, ClientId client, List<InvoiceLine> lines) {
    return new Invoices.ActivitySale(activity.id(), administrator(activity), client, null, HolderKind.INDIVIDUAL, lines);
  }

  /** A contract of a new member for {@code client}, declared, invoicing {@code amount}. */
  private Contract declaredFor(Client client, String amount) {
    Member member = new Members(one).join(ADVISOR, PersonKind.NATURAL_PERSON, "Lena Maes");
    Contract draft = new Contracts(one).draft(ADVISOR, clientTerms(member.id(), client, amount));
    return new Contracts(one).declare(ADVISOR, draft.id(), draft.version());
  }

  private static ContractTerms clientTerms(MemberId member, Client client, String amount) {
    return new ContractTerms(member, client.id(), null, ContractType.EMPLOYEE, "ASSOCIATED_PRODUCTIONS", HolderKind.INDIVIDUAL,
        LocalDate.of(2017, 7, 10), LocalDate.of(2017, 7, 14), List.of(WorkDay.of("2017-07-14", "8")), Money.parse("EUR " + amount),
        null, Rate.parse("0.11"));
  }

  /** A contract of the activity's administrator with no client: the activity's budget funds {@code employmentBudget}. */
  private static ContractTerms fundedTerms(Activity activity, String employmentBudget) {
    return new ContractTerms(administrator(activity), null, activity.id(), ContractType.ARTIST, "ASSOCIATED_PRODUCTIONS",
        HolderKind.INDIVIDUAL, LocalDate.of(2017, 7, 10), LocalDate.of(2017, 7, 14), List.of(WorkDay.of("2017-07-14", "8")),
        Money.parse("EUR " + employmentBudget), null, Rate.parse("0.11"));
  }

  /** The stores as a server would use them on {@code day}. */
  private EntityStores storesOn(LocalDate day) {
    return new JdbiEntityStores(first, EntityCatalog.standard().entity("BE"), VatArea.standard(),
        Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
  }

  /** An activity of a shareholder, its budget funded with {@code funded} by a financing agreement. */
  private Activity activityWithBudget(Money funded) {
    Members members = new Members(one);
    Member member = members.join(ADVISOR, PersonKind.NATURAL_PERSON, "Lena Maes");
    member = members.buyShares(ADVISOR, member.id(), member.version(), 1, ShareCategory.A);
    Activity activity = new Activities(one).open(ADVISOR, "Lena's photo studio", Sector.of("photography"), List.of(member.id().value()));
    if (funded.isPositive()) {
      new Activities(one).receive(ADVISOR, activity.id(), member.id().value(), MemberAction.FINANCING_AGREEMENT, funded, null, TODAY);
    }
    return new Activities(one).find(ADVISOR, activity.id());
  }

  private Money balance(Activity activity) {
    List<Activities.StatementLine> statement = new Activities(one).statement(activity);
    return statement.get(statement.size() - 1).balance();
  }

  private static MemberId administrator(Activity activity) {
    return activity.administrators().iterator().next();
  }

  /** How many of {@code work}, run at once, were refused. */
  private static <T> int refused(List<Callable<T>> work) throws InterruptedException {
    int refused = 0;
    for (Future<T> done : runAtOnce(work)) {
      try {
        done.get();
      } catch (ExecutionException e) {
        refused++;
      }
    }
    return refused;
  }

  private static <T> List<Future<T>> runAtOnce(List<Callable<T>> work) throws InterruptedException {
    ExecutorService threads = Executors.newFixedThreadPool(work.size());
    try {
      return threads.invokeAll(work);
    } finally {
      threads.shutdown();
    }
  }
}
