package coop.smart.persistence;

import static org.assertj.core.api.Assertions.assertThat;
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

/** The books' invariants, read from the stores: held by the operations, and each broken record named. */
class BooksCheckTest {

  private static final LocalDate WORKED = LocalDate.of(2017, 7, 20);
  private static final Actor ADVISOR = new Actor("advisor", Fixtures.BE, Role.ADVISOR, null, null);

  private Database database;
  private EntityStores stores;
  private BooksCheck books;
  private Invoice invoice;
  private LocalDate payday;

  @BeforeEach
  void aContractInvoicedAndItsFundContributed() {
    database = TestDatabases.fresh();
    stores = new JdbiEntityStores(database, EntityCatalog.standard().entity("BE"), VatArea.standard(),
        Clock.fixed(WORKED.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    books = new BooksCheck(stores);
    Members members = new Members(stores);
    Member member = members.join(ADVISOR, PersonKind.NATURAL_PERSON, "Lena Maes");
    member = members.buyShares(ADVISOR, member.id(), member.version(), 1, ShareCategory.A);
    Client client = new Clients(stores).register(ADVISOR, new Clients.Details("Atelier Lumière", "BE", ClientKind.BUSINESS, "BE0123456749"));
    Contracts contracts = new Contracts(stores);
    Contract draft = contracts.draft(ADVISOR, new ContractTerms(member.id(), client.id(), null, ContractType.EMPLOYEE, "ASSOCIATED_PRODUCTIONS",
        null, WORKED, WORKED, List.of(new WorkDay(WORKED, new BigDecimal("8"))), Money.parse("EUR 1000.00"), null, Rate.parse("0.11")));
    Contract declared = contracts.declare(ADVISOR, draft.id(), draft.version());
    payday = contracts.pay(declared).payment().paymentDate();
    new SalaryRuns(stores).contribute(ADVISOR, Money.parse("EUR 5000.00"), WORKED);
    invoice = new Invoices(stores).issueForContract(ADVISOR, declared.id(), null, WORKED);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void booksKeptByTheOperations_holdEveryInvariant_beforeAndAfterTheSalaryIsAdvanced() {
    assertThat(books.check(WORKED)).isEmpty();

    EntityStores onPayday = new JdbiEntityStores(database, EntityCatalog.standard().entity("BE"), VatArea.standard(),
        Clock.fixed(payday.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    new SalaryRuns(onPayday).pay(ADVISOR, payday); // the run of the payment date, on that day

    assertThat(books.check(payday)).isEmpty();
    assertThat(new SalaryRuns(stores).fund().advanced().isPositive()).isTrue();
  }

  @Test
  void aSalaryNotPaidByItsGuaranteedDate_isNamed() {
    assertThat(invariants(books.check(payday))).containsExactly(BooksCheck.SALARY_ON_TIME);
    assertThat(books.check(payday.minusDays(1))).isEmpty();
  }

  @Test
  void aPostingAlteredInTheDatabase_unbalancesItsEntryAndTheTrialBalance() {
    database.jdbi().useHandle(handle -> handle.execute(
        "UPDATE postings SET amount = amount + 0.01 WHERE (entry_id, line) = (SELECT entry_id, line FROM postings ORDER BY entry_id, line LIMIT 1)"));

    assertThat(invariants(books.check(WORKED))).contains(BooksCheck.TRIAL_BALANCE, BooksCheck.ENTRY_BALANCED);
  }

  @Test
  void postingsRewrittenInTheDatabase_nameEachPartysAccountWhoseKeptBalanceTheyNoLongerSumTo() {
    // Every entry still balanced, the trial balance still zero: only the kept balances tell.
    database.jdbi().useHandle(handle -> handle.execute("UPDATE postings SET amount = amount * 2"));

    assertThat(books.check(WORKED)).extracting(Violation::invariant, Violation::record)
        .contains(tuple(BooksCheck.KEPT_BALANCE, "account CLIENT_RECEIVABLES/" + invoice.client()))
        .extracting(tuple -> tuple.toArray()[0]).doesNotContain(BooksCheck.TRIAL_BALANCE, BooksCheck.ENTRY_BALANCED);
  }

  @Test
  void anInvoiceNumberSkipped_breaksTheNumbering_namingTheInvoice() {
    database.jdbi().useHandle(handle -> handle.execute("UPDATE invoices SET number_sequence = 2"));

    assertThat(books.check(WORKED)).extracting(Violation::invariant, Violation::record)
        .containsExactly(tuple(BooksCheck.NUMBERING, "invoice BE-2017-000002"));
  }

  @Test
  void anInvoiceWhoseAmountDiffersFromItsContract_isNamed() {
    database.jdbi().useHandle(handle -> handle.execute("UPDATE contracts SET invoiced_amount = invoiced_amount + 1"));

    assertThat(invariants(books.check(WORKED))).containsExactly(BooksCheck.CONTRACT_INVOICE);
    assertThat(invoice.number().sequence()).isEqualTo(1);
  }

  private static List<String> invariants(List<Violation> violations) {
    return violations.stream().map(Violation::invariant).toList();
  }
}
