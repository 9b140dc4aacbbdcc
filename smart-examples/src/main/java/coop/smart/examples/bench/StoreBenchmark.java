package coop.smart.examples.bench;

import coop.smart.core.audit.AuditRecord;
import coop.smart.core.contract.Contract;
import coop.smart.core.entity.EntityCode;
import coop.smart.persistence.Database;
import coop.smart.persistence.LocalPostgres;
import coop.smart.persistence.JdbiActivityRepository;
import coop.smart.persistence.JdbiAuditTrail;
import coop.smart.persistence.JdbiClientRepository;
import coop.smart.persistence.JdbiContractRepository;
import coop.smart.persistence.JdbiInvoiceRepository;
import coop.smart.persistence.JdbiLeaseRepository;
import coop.smart.persistence.JdbiLedger;
import coop.smart.persistence.JdbiMemberRepository;
import coop.smart.persistence.JdbiTransactions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Stores a year of SMart Belgium at its 2017 volume and measures, in one run and on one
 * database, how fast the stores write beside how fast plain JDBC writes the same rows:
 * <ol>
 *   <li>bulk: the year through the repositories' {@code saveAll} and the ledger's batched
 *       post, in rows per second, counting the rows the tables hold afterwards;</li>
 *   <li>raw batch: those very rows read back and inserted again with plain JDBC batches into
 *       tables of the same shape;</li>
 *   <li>durable: one use case per transaction, a contract with its journal entries and its
 *       audit record, from concurrent threads, in transactions per second;</li>
 *   <li>raw commits: single-row inserts, each committed on its own, from as many plain
 *       connections, in commits per second.</li>
 * </ol>
 * Each phase runs in a new, empty schema that is dropped after it.
 *
 * <p>{@code java -cp smart-examples/target/benchmarks.jar coop.smart.examples.bench.StoreBenchmark --db-url
 * 'jdbc:postgresql://127.0.0.1:5432/test?user=postgres&reWriteBatchedInserts=true'}
 */
@Command(name = "StoreBenchmark", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Stores a year of SMart Belgium's records and compares the stores' rates with plain JDBC's on the same rows.")
public final class StoreBenchmark implements Callable<Integer> {

  /** Rows per JDBC batch of the raw phase. */
  private static final int RAW_BATCH = 1_000;
  private static final long SEED = 2017;

  @Option(names = "--db-url", paramLabel = "<jdbc-url>",
      description = "PostgreSQL JDBC URL; each phase works in a schema of its own. Default: an embedded PostgreSQL in a temporary directory.")
  private String dbUrl;

  @Option(names = "--scale", description = "Fraction of the 2017 Belgian year to store (default: ${DEFAULT-VALUE}).")
  private double scale = 1.0;

  @Option(names = "--threads", description = "Threads, and connections, of the durable and raw-commit phases (default: ${DEFAULT-VALUE}).")
  private int threads = 8;

  @Option(names = "--transactions", description = "Most contracts stored one transaction each in the durable phase, and rows committed"
      + " one by one in the raw-commit phase (default: ${DEFAULT-VALUE}); a rate needs no more.")
  private int durableTransactions = 20_000;

  @Option(names = "--warmup", description = "Fraction of the year run through every phase first, unreported, to warm the JIT and the database (default: ${DEFAULT-VALUE}).")
  private double warmup = 0.02;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the benchmark with {@code args}; answers the exit code instead of exiting. */
  public static int run(String... args) {
    return new CommandLine(new StoreBenchmark()).execute(args);
  }

  @Override
  public Integer call() throws Exception {
    Path temporary = dbUrl == null ? Files.createTempDirectory("smart-bench") : null;
    LocalPostgres embedded = temporary == null ? null : LocalPostgres.start(temporary);
    String url = embedded == null ? dbUrl : embedded.jdbcUrl() + "&reWriteBatchedInserts=true";
    try {
      if (warmup > 0) measure(url, BelgianYear.generate(warmup, SEED + 1));
      long started = System.nanoTime();
      BelgianYear year = BelgianYear.generate(scale, SEED);
      double generated = (System.nanoTime() - started) / 1e9;
      Report report = measure(url, year);
      report.print(year, Database.redacted(url), scale, threads, generated);
      if (report.bulk.count() == year.rows()) return 0;
      System.err.printf(Locale.ROOT, "the stores wrote %,d rows of the %,d generated%n", report.bulk.count(), year.rows());
      return 1;
    } finally {
      if (embedded != null) {
        embedded.close();
        deleteTree(temporary);
      }
    }
  }

  private Report measure(String url, BelgianYear year) throws Exception {
    Throughput bulk;
    Throughput rawBatch;
    try (ScratchSchema stored = ScratchSchema.create(url, "bench_bulk"); ScratchSchema copied = ScratchSchema.create(url, "bench_raw")) {
      bulk = bulk(stored, year);
      rawBatch = rawBatch(stored, copied);
    }
    Throughput durable;
    Throughput rawCommits;
    try (ScratchSchema used = ScratchSchema.create(url, "bench_durable"); ScratchSchema committed = ScratchSchema.create(url, "bench_commits")) {
      durable = durable(used, year);
      rawCommits = rawCommits(used, committed);
    }
    return new Report(bulk, rawBatch, durable, rawCommits);
  }

  /** The whole year through the repositories and the ledger, one transaction per call; counts the rows the tables then hold. */
  private Throughput bulk(ScratchSchema schema, BelgianYear year) throws SQLException {
    EntityCode entity = year.belgium.code();
    try (Database database = Database.connect(schema.url())) {
      long started = System.nanoTime();
      new JdbiMemberRepository(database, entity).saveAll(year.members);
      new JdbiClientRepository(database, entity).saveAll(year.clients);
      new JdbiActivityRepository(database, entity).saveAll(year.activities);
      new JdbiContractRepository(database, year.belgium).saveAll(year.contracts);
      new JdbiInvoiceRepository(database, year.belgium).saveAll(year.invoices);
      new JdbiLeaseRepository(database, entity).saveAll(year.leases);
      new JdbiLedger(database, entity, year.belgium.currency()).post(year.entries);
      long elapsed = System.nanoTime() - started;
      return new Throughput(rowsIn(schema), elapsed);
    }
  }

  /** The rows the bulk phase wrote, read back and inserted again with plain JDBC batches, one transaction per table. */
  private Throughput rawBatch(ScratchSchema stored, ScratchSchema copied) throws SQLException {
    Database.connect(copied.url()).close(); // the same tables, empty
    long rows = 0;
    long elapsed = 0;
    try (Connection from = stored.connect(); Connection to = copied.connect()) {
      to.setAutoCommit(false);
      for (String table : TableRows.inInsertOrder(from)) {
        TableRows read = TableRows.read(from, table);
        long started = System.nanoTime();
        try (PreparedStatement insert = to.prepareStatement(read.insert())) {
          for (int i = 0; i < read.rows.size(); i++) {
            read.bind(insert, read.rows.get(i));
            insert.addBatch();
            if ((i + 1) % RAW_BATCH == 0 || i == read.rows.size() - 1) insert.executeBatch();
          }
        }
        to.commit();
        elapsed += System.nanoTime() - started;
        rows += read.rows.size();
      }
    }
    return new Throughput(rows, elapsed);
  }

  /** The year's contracts stored each with its journal entries and an audit record, one transaction each, from concurrent threads. */
  private Throughput durable(ScratchSchema schema, BelgianYear year) throws Exception {
    EntityCode entity = year.belgium.code();
    try (Database database = Database.connect(schema.url(), threads + 1)) {
      new JdbiMemberRepository(database, entity).saveAll(year.members);
      new JdbiClientRepository(database, entity).saveAll(year.clients);
      JdbiTransactions transactions = new JdbiTransactions(database);
      JdbiContractRepository contracts = new JdbiContractRepository(database, year.belgium);
      JdbiLedger ledger = new JdbiLedger(database, entity, year.belgium.currency());
      JdbiAuditTrail trail = new JdbiAuditTrail(database, entity);
      Instant at = Instant.parse("2017-12-31T18:00:00Z");
      List<Contract> all = year.contracts.subList(0, Math.min(durableTransactions, year.contracts.size()));
      long elapsed = concurrently(all.size(), (worker, i) -> {
        Contract contract = all.get(i);
        transactions.useTransaction(() -> {
          contracts.save(contract);
          ledger.post(year.entriesOfContract.get(contract.id()));
          trail.append(new AuditRecord(entity, at, "bench", "contract.store", "contract", contract.id().toString(), null));
        });
      });
      long stored = contracts.count();
      if (stored != all.size()) throw new IllegalStateException(stored + " contracts stored of " + all.size());
      return new Throughput(stored, elapsed);
    }
  }

  /** The durable phase's audit rows inserted again one by one with plain JDBC, each committed on its own, from as many connections. */
  private Throughput rawCommits(ScratchSchema used, ScratchSchema committed) throws Exception {
    Database.connect(committed.url()).close();
    TableRows audit;
    try (Connection from = used.connect()) {
      audit = TableRows.read(from, "audit_trail");
    }
    List<Connection> connections = new ArrayList<>();
    List<PreparedStatement> inserts = new ArrayList<>();
    try {
      for (int i = 0; i < threads; i++) {
        connections.add(committed.connect());
        inserts.add(connections.get(i).prepareStatement(audit.insert()));
      }
      long elapsed = concurrently(audit.rows.size(), (worker, i) -> {
        audit.bind(inserts.get(worker), audit.rows.get(i));
        inserts.get(worker).executeUpdate();
      });
      return new Throughput(audit.rows.size(), elapsed);
    } finally {
      for (Connection connection : connections) connection.close();
    }
  }

  /** Runs {@code work} for 0 … count-1 on the benchmark's threads (workers 0 … threads-1), each taking the next index; answers the nanoseconds it took. */
  private long concurrently(int count, Work work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      AtomicInteger next = new AtomicInteger();
      List<Callable<Void>> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int worker = t;
        workers.add(() -> {
          for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) work.run(worker, i);
          return null;
        });
      }
      long started = System.nanoTime();
      for (Future<Void> done : pool.invokeAll(workers)) done.get();
      return System.nanoTime() - started;
    } finally {
      pool.shutdown();
    }
  }

  private interface Work {
    void run(int worker, int index) throws Exception;
  }

  private static long rowsIn(ScratchSchema schema) throws SQLException {
    long rows = 0;
    try (Connection connection = schema.connect(); Statement statement = connection.createStatement()) {
      for (String table : TableRows.inInsertOrder(connection)) {
        try (ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
          count.next();
          rows += count.getLong(1);
        }
      }
    }
    return rows;
  }

  static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  /** How many things were done in how many nanoseconds. */
  record Throughput(long count, long nanos) {

    double perSecond() {
      return count * 1e9 / nanos;
    }

    double seconds() {
      return nanos / 1e9;
    }
  }

  /** The four rates of a run, and how the stores' compare with plain JDBC's. */
  record Report(Throughput bulk, Throughput rawBatch, Throughput durable, Throughput rawCommits) {

    void print(BelgianYear year, String url, double scale, int threads, double generatedSeconds) {
      System.out.printf(Locale.ROOT, "Storing a year of SMart Belgium at %s of its 2017 volume on %s%n", scale, url);
      System.out.printf(Locale.ROOT, "generated in %.1f s: %,d members, %,d clients, %,d activities, %,d contracts, %,d invoices, %,d leases,"
              + " %,d journal entries: %,d rows%n", generatedSeconds, year.members.size(), year.clients.size(), year.activities.size(),
          year.contracts.size(), year.invoices.size(), year.leases.size(), year.entries.size(), year.rows());
      System.out.printf(Locale.ROOT, "%-68s %,12d rows%n", "rows written by the stores", bulk.count());
      System.out.printf(Locale.ROOT, "%-68s %12s %9s %14s %8s%n", "phase", "count", "seconds", "per second", "ratio");
      line("bulk: repositories' saveAll and the ledger's batched post", bulk, "rows/s", bulk.perSecond() / rawBatch.perSecond());
      line("raw batch: plain JDBC batched INSERTs of the same rows", rawBatch, "rows/s", 1);
      line("durable: contract, entries and audit per transaction, " + threads + " threads", durable, "tx/s",
          durable.perSecond() / rawCommits.perSecond());
      line("raw commits: single-row autocommit INSERTs, " + threads + " connections", rawCommits, "commits/s", 1);
    }

    private static void line(String phase, Throughput rate, String unit, double ratio) {
      System.out.printf(Locale.ROOT, "%-68s %,12d %9.2f %,10.0f %-9s %5.0f %%%n", phase, rate.count(), rate.seconds(), rate.perSecond(), unit,
          ratio * 100);
    }
  }
}
