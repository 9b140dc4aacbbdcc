package coop.smart.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import coop.smart.core.client.Client;
import coop.smart.core.client.ClientKind;
import coop.smart.core.contract.Contract;
import coop.smart.core.contract.ContractTerms;
import coop.smart.core.contract.WorkDay;
import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.VatArea;
import coop.smart.core.invoice.Invoice;
import coop.smart.core.member.Member;
import coop.smart.core.member.PersonKind;
import coop.smart.core.member.ShareCategory;
import coop.smart.core.money.Rate;
import coop.smart.core.operation.Actor;
import coop.smart.core.operation.Clients;
import coop.smart.core.operation.Contracts;
import coop.smart.core.operation.EntityStores;
import coop.smart.core.operation.Invoices;
import coop.smart.core.operation.Members;
import coop.smart.core.operation.Role;
import coop.smart.core.operation.SalaryRuns;
import coop.smart.core.report.BooksCheck;
import coop.smart.core.report.DailyBooksCheck;
import coop.smart.core.report.Violation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.joda.money.Money;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The books' invariants checked day after day on what each day changed, from the stores: held by the operations, each break named. */
class DailyBooksCheckTest {

  private static final LocalDate WORKED = LocalDate.of(2017, 7, 20);
  private static final Actor ADVISOR = new Actor("advisor", Fixtures.BE, Role.ADVISOR, null, null);

  private Database database;
  private DailyBooksCheck daily;
  private Member member;
  private Client client;

  @BeforeEach
  void aMemberAClientAndTheFundContributed_checkedWhole() {
    database = TestDatabases.fresh();
    EntityStores stores = storesOn(WORKED);
    Members members = new Members(stores);
    member = members.join(ADVISOR, PersonKind.NATURAL_PERSON, "Lena Maes");
    member = members.buyShares(ADVISOR, member.id(), member.version(), 1, ShareCategory.A);
    client = new Clients(stores).register(ADVISOR, new Clients.Details("Atelier Lumière", "BE", ClientKind.BUSINESS, "BE0123456749"));
    new SalaryRuns(stores).contribute(ADVISOR, Money.parse("EUR 5000.00"), WORKED.minusDays(1));
    daily = new DailyBooksCheck(stores);
    assertThat(daily.start(WORKED.minusDays(1))).isEmpty();
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void daysOfOperations_holdEveryInvariant_throughTheSalaryAdvancedOnItsDate() {
    Contract declared = invoicedContract();
    assertThat(daily.check(WORKED)).isEmpty();

    LocalDate payday = new Contracts(storesOn(WORKED)).pay(declared).payment().paymentDate();
    EntityStores onPayday = storesOn(payday);
    new SalaryRuns(onPayday).pay(ADVISOR, payday);

    assertThat(daily.check(payday)).isEmpty();
    assertThat(new SalaryRuns(onPayday).fund().advanced().isPositive()).isTrue();
    assertThat(new BooksCheck(onPayday).check(payday)).isEmpty();
  }

  @Test
  void aSalaryNotPaidByItsGuaranteedDate_isNamedOnThatDay() {
    Contract declared = invoicedContract();
    assertThat(daily.check(WORKED)).isEmpty();
    LocalDate payday = new Contracts(storesOn(WORKED)).pay(declared).payment().paymentDate();

    assertThat(invariants(daily.check(payday))).containsExactly(BooksCheck.SALARY_ON_TIME);
  }

  @Test
  void anEntryOfTheDayAlteredInTheDatabase_isUnbalanced() {
    invoicedContract();
    database.jdbi().useHandle(handle -> handle.execute(
        "UPDATE postings SET amount = amount + 0.01 WHERE (entry_id, line) = (SELECT p.entry_id, p.line FROM postings p"
            + " JOIN journal_entries e ON e.entity = p.entity AND e.id = p.entry_id ORDER BY e.seq DESC, p.line LIMIT 1)"));

    assertThat(invariants(daily.check(WORKED))).containsExactly(BooksCheck.ENTRY_BALANCED);
  }

  @Test
  void aKeptBalanceRewrittenInTheDatabase_isFoundWhenItsAccountMovesAgain() {
    Contract declared = invoicedContract();
    assertThat(daily.check(WORKED)).isEmpty();
    // The client's account's kept balance no longer what its entries added up to when they were checked.
    database.jdbi().useHandle(handle -> handle.execute("UPDATE account_balances SET balance = balance * 2"));
    LocalDate paid = WORKED.plusDays(10);
    Invoice invoice = storesOn(paid).invoices().ofContract(declared.id()).orElseThrow();
    new Invoices(storesOn(paid)).pay(ADVISOR, invoice.id(), invoice.version(), Money.parse("EUR 10.00"), paid);

    assertThat(daily.check(paid)).extracting(Violation::invariant, Violation::record)
        .contains(tuple(BooksCheck.TRIAL_BALANCE, "account CLIENT_RECEIVABLES/" + client.id()));
  }

  @Test
  void anInvoiceNumberSkipped_isNamedTheDayItIsIssued() {
    invoicedContract();
    database.jdbi().useHandle(handle -> handle.execute("UPDATE invoices SET number_sequence = 2"));

    assertThat(daily.check(WORKED)).extracting(Violation::invariant, Violation::record)
        .containsExactly(tuple(BooksCheck.NUMBERING, "invoice BE-2017-000002"));
  }

  @Test
  void aContractInvoicedForAnotherAmount_isNamedTheDayItsInvoiceIsIssued() {
    invoicedContract();
    database.jdbi().useHandle(handle -> handle.execute("UPDATE contracts SET invoiced_amount = invoiced_amount + 1"));

    assertThat(invariants(daily.check(WORKED))).containsExactly(BooksCheck.CONTRACT_INVOICE);
  }

  @Test
  void aDayIsCheckedOnlyAfterTheWholeBooks() {
    assertThatThrownBy(() -> new DailyBooksCheck(storesOn(WORKED)).check(WORKED)).isInstanceOf(IllegalStateException.class);
  }

  private Contract invoicedContract() {
    EntityStores stores = storesOn(WORKED);
    Contracts contracts = new Contracts(stores);
    Contract draft = contracts.draft(ADVISOR, new ContractTerms(member.id(), client.id(), null, ContractType.EMPLOYEE, "ASSOCIATED_PRODUCTIONS",
        null, WORKED, WORKED, List.of(new WorkDay(WORKED, new BigDecimal("8"))), Money.parse("EUR 1000.00"), null, Rate.parse("0.11")));
    Contract declared = contracts.declare(ADVISOR, draft.id(), draft.version());
    new Invoices(stores).issueForContract(ADVISOR, declared.id(), null, WORKED);
    return declared;
  }

  private EntityStores storesOn(LocalDate day) {
    return new JdbiEntityStores(database, EntityCatalog.standard().entity("BE"), VatArea.standard(),
        Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
  }

  private static List<String> invariants(List<Violation> violations) {
    return violations.stream().map(Violation::invariant).toList();
  }
}
