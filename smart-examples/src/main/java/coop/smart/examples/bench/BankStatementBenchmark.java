package coop.smart.examples.bench;

import coop.smart.core.bank.BankStatement;
import coop.smart.core.bank.EntryStatus;
import coop.smart.core.bank.ImportedStatement;
import coop.smart.core.bank.StatementEntry;
import coop.smart.core.client.Client;
import coop.smart.core.client.ClientKind;
import coop.smart.core.contract.Contract;
import coop.smart.core.contract.ContractTerms;
import coop.smart.core.contract.WorkDay;
import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.entity.VatArea;
import coop.smart.core.flow.MoneyFlow;
import coop.smart.core.flow.MoneyFlow.ContractInvoice;
import coop.smart.core.invoice.InMemoryInvoiceNumbering;
import coop.smart.core.invoice.Invoice;
import coop.smart.core.invoice.InvoiceLine;
import coop.smart.core.invoice.InvoiceNumber;
import coop.smart.core.invoice.PaymentReference;
import coop.smart.core.ledger.InMemoryLedger;
import coop.smart.core.member.Member;
import coop.smart.core.member.PersonKind;
import coop.smart.core.member.ShareCategory;
import coop.smart.core.money.Rate;
import coop.smart.core.operation.Actor;
import coop.smart.core.operation.BankStatements;
import coop.smart.core.operation.Role;
import coop.smart.documents.bank.Camt053;
import coop.smart.documents.bank.StatementFile;
import coop.smart.persistence.Database;
import coop.smart.persistence.JdbiClientRepository;
import coop.smart.persistence.JdbiContractRepository;
import coop.smart.persistence.JdbiEntityStores;
import coop.smart.persistence.JdbiInvoiceRepository;
import coop.smart.persistence.JdbiLedger;
import coop.smart.persistence.JdbiMemberRepository;
import coop.smart.persistence.LocalPostgres;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.joda.money.Money;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * How long a day's bank statement of many entries takes to import: that many contracts' invoices
 * stored, then a camt.053 statement whose credits pay them (in full, in part, beyond them), with
 * unknown references and debits among them, read and validated, then imported in one
 * transaction. It uses the example issuer data of the documents' tests, whose bank account the
 * statement states.
 *
 * <p>{@code java -cp smart-examples/target/benchmarks.jar coop.smart.examples.bench.BankStatementBenchmark --entries 10000}
 */
@Command(name = "BankStatementBenchmark", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Imports a camt.053 statement of many entries paying as many invoices and reports how long reading and importing take.")
public final class BankStatementBenchmark implements Callable<Integer> {

  private static final LocalDate SERVED = LocalDate.of(2017, 7, 14);
  private static final LocalDate BOOKED = LocalDate.of(2017, 8, 1);
  private static final int CLIENTS = 100;

  @Option(names = "--db-url", paramLabel = "<jdbc-url>",
      description = "PostgreSQL JDBC URL of an empty database. Default: an embedded PostgreSQL in a temporary directory.")
  private String dbUrl;

  @Option(names = "--entries", description = "Entries of the statement, each about one invoice (default: ${DEFAULT-VALUE}).")
  private int entries = 10_000;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the benchmark with {@code args} and answers its exit code. */
  public static int run(String... args) {
    return new CommandLine(new BankStatementBenchmark()).execute(args);
  }

  @Override
  public Integer call() throws Exception {
    Path temporary = dbUrl == null ? Files.createTempDirectory("smart-bank-bench") : null;
    LocalPostgres embedded = temporary == null ? null : LocalPostgres.start(temporary);
    try (Database database = Database.connect(embedded == null ? dbUrl : embedded.jdbcUrl() + "&reWriteBatchedInserts=true")) {
      NationalEntity belgium = EntityCatalog.standard().entity("BE");
      List<Invoice> invoices = storeInvoices(database, belgium);
      byte[] xml = statement(belgium, invoices).bytes();

      long started = System.nanoTime();
      BankStatement statement = Camt053.read(xml);
      double read = (System.nanoTime() - started) / 1e9;
      JdbiEntityStores stores = new JdbiEntityStores(database, belgium, VatArea.standard(),
          Clock.fixed(BOOKED.atTime(18, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
      started = System.nanoTime();
      ImportedStatement imported = new BankStatements(stores).importStatement(new Actor("benchmark", belgium.code(), Role.ADMIN, null, null), statement)
          .statement();
      double booked = (System.nanoTime() - started) / 1e9;

      Map<EntryStatus, Integer> counts = new EnumMap<>(EntryStatus.class);
      imported.entries().stream().map(StatementEntry::status).forEach(status -> counts.merge(status, 1, Integer::sum));
      System.out.printf("statement of %,d entries, %,d bytes: read and validated in %.2f s, imported in %.2f s, %.2f s in all%n",
          statement.entries().size(), xml.length, read, booked, read + booked);
      System.out.printf("entries: %s; invoices paid: %,d%n", counts, new JdbiInvoiceRepository(database, belgium).list(null, entries + 1)
          .stream().filter(invoice -> !invoice.paid().isZero()).count());
      return imported.entries().size() == entries ? 0 : 1;
    } finally {
      if (embedded != null) {
        embedded.close();
        StoreBenchmark.deleteTree(temporary);
      }
    }
  }

  /** One member's contracts, one a day of work each, invoiced to a hundred clients, stored with their journal entries. */
  private List<Invoice> storeInvoices(Database database, NationalEntity belgium) {
    InMemoryLedger ledger = new InMemoryLedger(belgium.code(), belgium.currency());
    MoneyFlow flow = new MoneyFlow(belgium, VatArea.standard(), ledger, new InMemoryInvoiceNumbering());
    Member member = Member.join(belgium.code(), PersonKind.NATURAL_PERSON, "Jeanne Dubois").buyShares(1, ShareCategory.A);
    List<Client> clients = new ArrayList<>();
    for (int i = 0; i < CLIENTS; i++) clients.add(Client.register(belgium.code(), "Client " + i, "BE", ClientKind.BUSINESS, "BE0123456749"));
    List<Contract> contracts = new ArrayList<>();
    List<Invoice> invoices = new ArrayList<>();
    for (int i = 0; i < entries; i++) {
      Client client = clients.get(i % CLIENTS);
      Money amount = Money.of(belgium.currency(), BigDecimal.valueOf(400 + i % 600));
      Contract declared = Contract.draft(belgium, new ContractTerms(member.id(), client.id(), null, ContractType.EMPLOYEE, "ASSOCIATED_PRODUCTIONS",
          HolderKind.INDIVIDUAL, SERVED, SERVED, List.of(new WorkDay(SERVED, BigDecimal.valueOf(8))), amount, null, Rate.parse("0.11")))
          .declare(belgium, member, 0, SERVED);
      ContractInvoice invoiced = flow.invoice(declared, client, List.of(new InvoiceLine("Services of " + SERVED, BigDecimal.ONE, amount)), SERVED);
      contracts.add(invoiced.contract());
      invoices.add(invoiced.invoice());
    }
    new JdbiMemberRepository(database, belgium.code()).saveAll(List.of(member));
    new JdbiClientRepository(database, belgium.code()).saveAll(clients);
    new JdbiContractRepository(database, belgium).saveAll(contracts);
    List<Invoice> stored = new JdbiInvoiceRepository(database, belgium).saveAll(invoices);
    new JdbiLedger(database, belgium.code(), belgium.currency()).post(ledger.entries());
    return stored;
  }

  /**
   * A credit per invoice paying it in full, but one in ten in part, one in fifty beyond it, and one
   * in a hundred replaced by a credit quoting no stored invoice or by a debit.
   */
  private StatementFile statement(NationalEntity belgium, List<Invoice> invoices) {
    StatementFile file = new StatementFile("BENCH-" + entries, belgium.issuer().iban(), BOOKED);
    for (int i = 0; i < invoices.size(); i++) {
      Invoice invoice = invoices.get(i);
      String reference = "NTRY" + i;
      String name = "Client " + (i % CLIENTS);
      if (i % 100 == 99) {
        file.debit(reference, Money.of(belgium.currency(), 12.5), BOOKED, "bank charges");
      } else if (i % 100 == 98) {
        file.credit(reference, invoice.total(), BOOKED, name, null,
            PaymentReference.belgian(new InvoiceNumber(belgium.code(), 2017, 99_000_000L + i)).text(), null);
      } else {
        Money amount = i % 10 == 0 ? invoice.total().dividedBy(2, RoundingMode.DOWN)
            : i % 50 == 1 ? invoice.total().plus(Money.of(belgium.currency(), 10)) : invoice.total();
        file.credit(reference, amount, BOOKED, name, null, PaymentReference.belgian(invoice.number()).text(), null);
      }
    }
    return file;
  }
}
