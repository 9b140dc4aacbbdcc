package coop.smart.examples.bench;

import coop.smart.core.client.Client;
import coop.smart.core.client.ClientKind;
import coop.smart.core.contract.Contract;
import coop.smart.core.contract.ContractId;
import coop.smart.core.contract.ContractStatus;
import coop.smart.core.contract.ContractTerms;
import coop.smart.core.contract.WorkDay;
import coop.smart.core.entity.ContractType;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.NationalEntity;
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
import coop.smart.persistence.Database;
import coop.smart.persistence.JdbiContractRepository;
import coop.smart.persistence.JdbiEntityStores;
import coop.smart.persistence.LocalPostgres;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.joda.money.Money;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * What each use case costs as a member's history grows: the member's contracts before it
 * (10, 1,000, 10,000 by default) and the entity's other contracts stay out of its way, so
 * declaring the 10,000th contract should cost what the 10th does. For each history, in a schema
 * of its own, it times drafting a student's contract (with its pay, which counts the yearly hour
 * quota), declaring a contract, a client's payment of an invoice and the salary run of the day
 * those contracts are paid, and counts the SQL statements each sends.
 *
 * <p>{@code java -cp smart-examples/target/benchmarks.jar coop.smart.examples.bench.GrowthBenchmark --db-url
 * 'jdbc:postgresql://127.0.0.1:5432/test?user=postgres&reWriteBatchedInserts=true'}
 */
@Command(name = "GrowthBenchmark", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Times each use case, and counts its SQL statements, as a member's history grows.")
public final class GrowthBenchmark implements Callable<Integer> {

  private static final LocalDate TODAY = LocalDate.of(2017, 7, 20);
  private static final Actor STAFF = new Actor("benchmark", EntityCode.of("BE"), Role.ADVISOR, null, null);
  private static final NationalEntity BE = EntityCatalog.standard().entity("BE");

  @Option(names = "--db-url", paramLabel = "<jdbc-url>",
      description = "PostgreSQL JDBC URL; each history is stored in a schema of its own. Default: an embedded PostgreSQL in a temporary directory.")
  private String dbUrl;

  @Option(names = "--histories", split = ",", description = "The member's contracts before the measured ones (default: ${DEFAULT-VALUE}).")
  private List<Integer> histories = List.of(10, 1_000, 10_000);

  @Option(names = "--entity-contracts", description = "Other members' contracts in the entity (default: ${DEFAULT-VALUE}).")
  private int entityContracts = 100_000;

  @Option(names = "--repeats", description = "Times each use case is measured per history; the median is reported (default: ${DEFAULT-VALUE}).")
  private int repeats = 200;

  private final AtomicLong statements = new AtomicLong();

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the benchmark with {@code args}; answers the exit code instead of exiting. */
  public static int run(String... args) {
    return new CommandLine(new GrowthBenchmark()).execute(args);
  }

  @Override
  public Integer call() throws Exception {
    Path temporary = dbUrl == null ? Files.createTempDirectory("smart-growth") : null;
    LocalPostgres embedded = temporary == null ? null : LocalPostgres.start(temporary);
    String url = embedded == null ? dbUrl : embedded.jdbcUrl() + "&reWriteBatchedInserts=true";
    try {
      Map<Integer, Map<String, Cost>> table = new LinkedHashMap<>();
      for (int history : histories) {
        try (ScratchSchema schema = ScratchSchema.create(url, "bench_growth"); Database database = Database.connect(schema.url())) {
          database.afterEachStatement(statements::incrementAndGet);
          table.put(history, measure(database, history));
        }
      }
      print(table, Database.redacted(url));
      return 0;
    } finally {
      if (embedded != null) {
        embedded.close();
        StoreBenchmark.deleteTree(temporary);
      }
    }
  }

  private Map<String, Cost> measure(Database database, int history) {
    EntityStores stores = new JdbiEntityStores(database, BE, VatArea.standard(), Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    Member member = new Members(stores).join(STAFF, PersonKind.NATURAL_PERSON, "Lena Maes");
    member = new Members(stores).buyShares(STAFF, member.id(), member.version(), 1, ShareCategory.A);
    Client client = new Clients(stores).register(STAFF, new Clients.Details("Atelier Lumière", "BE", ClientKind.BUSINESS, "BE0123456749"));
    store(stores, member, client, history);
    Member other = new Members(stores).join(STAFF, PersonKind.NATURAL_PERSON, "Everyone else");
    store(stores, other, client, entityContracts);

    Contracts contracts = new Contracts(stores);
    Invoices invoices = new Invoices(stores);
    Map<String, Cost> costs = new LinkedHashMap<>();
    Member worker = member;
    costs.put("draft a student's contract", median(Collections.nCopies(repeats, worker),
        student -> contracts.pay(contracts.draft(STAFF, terms(student, client, ContractType.STUDENT)))));
    List<Contract> drafts = new ArrayList<>();
    for (int i = 0; i < repeats; i++) drafts.add(contracts.draft(STAFF, terms(worker, client, ContractType.EMPLOYEE)));
    costs.put("declare a contract", median(drafts, draft -> contracts.declare(STAFF, draft.id(), draft.version())));
    List<Invoice> issued = new ArrayList<>();
    for (Contract draft : drafts) issued.add(invoices.issueForContract(STAFF, draft.id(), null, TODAY));
    costs.put("pay an invoice", median(issued, invoice -> invoices.pay(STAFF, invoice.id(), invoice.version(), invoice.total(), TODAY)));
    // Every contract declared today is paid on one day: the run on that day pays them all.
    LocalDate payday = contracts.pay(contracts.find(STAFF, drafts.get(0).id())).payment().paymentDate();
    EntityStores onPayday = new JdbiEntityStores(database, BE, VatArea.standard(), Clock.fixed(payday.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    costs.put("salary run (" + drafts.size() + " due)", once(() -> new SalaryRuns(onPayday).pay(STAFF, payday)));
    return costs;
  }

  /** {@code count} contracts of {@code member}, one a day back from the day before the measured ones, most of them paid students'. */
  private static void store(EntityStores stores, Member member, Client client, int count) {
    JdbiContractRepository repository = (JdbiContractRepository) stores.contracts();
    List<Contract> batch = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      LocalDate day = TODAY.minusDays(i);
      ContractStatus status = i % 10 == 0 ? ContractStatus.CANCELLED : ContractStatus.PAID;
      batch.add(new Contract(ContractId.next(), BE.code(), member.id(), client.id(), null, i % 2 == 0 ? ContractType.STUDENT : ContractType.EMPLOYEE,
          "ASSOCIATED_PRODUCTIONS", HolderKind.INDIVIDUAL, day, day, List.of(new WorkDay(day, BigDecimal.valueOf(4))), Money.parse("EUR 200.00"),
          Money.parse("EUR 0.00"), Rate.parse("0.11"), status, day, 0));
      if (batch.size() == 5_000 || i == count) {
        repository.saveAll(batch);
        batch.clear();
      }
    }
  }

  private static ContractTerms terms(Member member, Client client, ContractType type) {
    return new ContractTerms(member.id(), client.id(), null, type, "ASSOCIATED_PRODUCTIONS", HolderKind.INDIVIDUAL, TODAY, TODAY,
        List.of(new WorkDay(TODAY, BigDecimal.valueOf(8))), Money.parse("EUR 500.00"), null, Rate.parse("0.11"));
  }

  private <T> Cost median(List<T> inputs, Consumer<T> work) {
    long[] nanos = new long[inputs.size()];
    long[] sent = new long[inputs.size()];
    for (int i = 0; i < inputs.size(); i++) {
      long before = statements.get();
      long started = System.nanoTime();
      work.accept(inputs.get(i));
      nanos[i] = System.nanoTime() - started;
      sent[i] = statements.get() - before;
    }
    Arrays.sort(nanos);
    Arrays.sort(sent);
    return new Cost(nanos[nanos.length / 2] / 1e6, sent[sent.length / 2]);
  }

  private Cost once(Runnable work) {
    long before = statements.get();
    long started = System.nanoTime();
    work.run();
    return new Cost((System.nanoTime() - started) / 1e6, statements.get() - before);
  }

  private void print(Map<Integer, Map<String, Cost>> table, String url) {
    System.out.printf(Locale.ROOT, "Cost per use case as a member's history grows (%s; %,d other contracts in the entity; median of %d):%n",
        url, entityContracts, repeats);
    List<String> cases = new ArrayList<>(table.values().iterator().next().keySet());
    System.out.printf(Locale.ROOT, "%-34s", "member's contracts before");
    for (int history : table.keySet()) System.out.printf(Locale.ROOT, "%22s", String.format(Locale.ROOT, "%,d", history));
    System.out.println();
    for (String name : cases) {
      System.out.printf(Locale.ROOT, "%-34s", name);
      for (Map<String, Cost> costs : table.values()) {
        Cost cost = costs.get(name);
        System.out.printf(Locale.ROOT, "%22s", String.format(Locale.ROOT, "%.2f ms, %d SQL", cost.millis(), cost.statements()));
      }
      System.out.println();
    }
  }

  /** What one use case cost: its time and the SQL statements it sent. */
  private record Cost(double millis, long statements) {
  }
}
