package coop.smart.examples.bench;

import coop.smart.core.books.JournalFormat;
import coop.smart.core.books.JournalWriter;
import coop.smart.core.books.TrialBalance;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.entity.VatArea;
import coop.smart.core.ledger.Account;
import coop.smart.core.ledger.AccountType;
import coop.smart.core.ledger.JournalEntry;
import coop.smart.core.operation.Books;
import coop.smart.persistence.Database;
import coop.smart.persistence.JdbiEntityStores;
import coop.smart.persistence.JdbiLedger;
import coop.smart.persistence.LocalPostgres;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Stores a year of journal entries at SMart Belgium's 2017 volume (about 800,000) in bulk, then
 * times the export of the year's journal as FEC and as CSV, streamed from PostgreSQL, and the
 * trial balance on 31 December. The entries follow the year's mix: a contract's invoice, its
 * client's payment and its salary; an activity's invoice, its payment and the budget it frees.
 * Run it with a small heap ({@code -Xmx256m}) to see that the export never holds the year.
 *
 * <p>{@code java -Xmx256m -cp smart-examples/target/benchmarks.jar coop.smart.examples.bench.JournalExportBenchmark}
 */
@Command(name = "JournalExportBenchmark", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Stores a year of SMart Belgium's journal entries and times its FEC and CSV exports and its trial balance.")
public final class JournalExportBenchmark implements Callable<Integer> {

  private static final NationalEntity BELGIUM = EntityCatalog.standard().entity("BE");
  private static final LocalDate NEW_YEAR = LocalDate.of(2017, 1, 1);
  private static final LocalDate YEAR_END = LocalDate.of(2017, 12, 31);
  /** Entries posted per call, each call one transaction of batched inserts. */
  private static final int BATCH = 10_000;

  @Option(names = "--db-url", paramLabel = "<jdbc-url>",
      description = "PostgreSQL JDBC URL; the benchmark works in a schema of its own. Default: an embedded PostgreSQL in a temporary directory.")
  private String dbUrl;

  @Option(names = "--entries", description = "Journal entries of the year (default: ${DEFAULT-VALUE}).")
  private int entries = 800_000;

  @Option(names = "--runs", description = "Times each export is run and timed (default: ${DEFAULT-VALUE}).")
  private int runs = 2;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the benchmark with {@code args}; answers the exit code instead of exiting. */
  public static int run(String... args) {
    return new CommandLine(new JournalExportBenchmark()).execute(args);
  }

  @Override
  public Integer call() throws Exception {
    Path temporary = dbUrl == null ? Files.createTempDirectory("smart-bench") : null;
    LocalPostgres embedded = temporary == null ? null : LocalPostgres.start(temporary);
    String url = embedded == null ? dbUrl : embedded.jdbcUrl() + "&reWriteBatchedInserts=true";
    try (ScratchSchema schema = ScratchSchema.create(url, "bench_books"); Database database = Database.connect(schema.url())) {
      long started = System.nanoTime();
      long posted = store(new JdbiLedger(database, BELGIUM.code(), BELGIUM.currency()));
      System.out.printf(Locale.ROOT, "stored %,d entries in %.1f s (%s)%n", posted, seconds(started), Database.redacted(url));
      Books books = new Books(new JdbiEntityStores(database, BELGIUM, VatArea.standard(), Clock.fixed(YEAR_END.atStartOfDay().toInstant(ZoneOffset.UTC),
          ZoneOffset.UTC)));
      JdbiLedger ledger = new JdbiLedger(database, BELGIUM.code(), BELGIUM.currency());
      for (int run = 1; run <= runs; run++) {
        long read = System.nanoTime();
        long[] count = {0};
        ledger.forEachEntry(NEW_YEAR, YEAR_END, entry -> count[0]++);
        System.out.printf(Locale.ROOT, "run %d read: %,d entries streamed from PostgreSQL in %.2f s, nothing written%n", run, count[0], seconds(read));
        for (JournalFormat format : JournalFormat.values()) {
          Counting out = new Counting();
          long start = System.nanoTime();
          JournalWriter.Summary summary = books.journal(NEW_YEAR, YEAR_END, format).writeTo(out);
          double spent = seconds(start);
          System.out.printf(Locale.ROOT, "run %d %s: %,d entries, %,d lines, %,.1f MB in %.2f s (%,.0f entries/s), heap used %,d MB%n", run, format,
              summary.entries(), summary.lines(), out.bytes / 1e6, spent, summary.entries() / spent, usedHeapMegabytes());
          if (summary.entries() != posted || !summary.totals().debit().equals(summary.totals().credit())) {
            System.err.println("the export wrote " + summary + " of " + posted + " entries");
            return 1;
          }
        }
        long start = System.nanoTime();
        TrialBalance trial = books.trialBalance(YEAR_END);
        System.out.printf(Locale.ROOT, "run %d trial balance: %d accounts in %.2f s, balances adding up to %s%n", run, trial.lines().size(),
            seconds(start), trial.total().balance());
      }
      return 0;
    } finally {
      if (embedded != null) {
        embedded.close();
        StoreBenchmark.deleteTree(temporary);
      }
    }
  }

  /** Posts the year's entries in batches, day by day; answers how many. */
  private long store(JdbiLedger ledger) {
    SplittableRandom random = new SplittableRandom(2017);
    List<JournalEntry> batch = new ArrayList<>(BATCH + 3);
    long posted = 0;
    while (posted + batch.size() < entries) {
      LocalDate day = NEW_YEAR.plusDays((posted + batch.size()) * 365L / entries);
      batch.addAll(random.nextInt(10) < 8 ? contract(random, day) : activityInvoice(random, day));
      if (batch.size() >= BATCH) {
        ledger.post(batch);
        posted += batch.size();
        batch.clear();
      }
    }
    ledger.post(batch);
    return posted + batch.size();
  }

  /** A contract's invoice with 21 % VAT and the 6.5 % fee, its payment, and its salary with contributions and withholding tax. */
  private static List<JournalEntry> contract(SplittableRandom random, LocalDate day) {
    EntityCode be = BELGIUM.code();
    String number = Long.toString(random.nextLong(1, 1_000_000_000L));
    Account client = Account.of(AccountType.CLIENT_RECEIVABLES, "client-" + random.nextInt(12_000));
    Account payroll = Account.of(AccountType.CONTRACT_PAYROLL, "contract-" + number);
    long net = random.nextLong(10_000, 500_000);
    long fee = net * 65 / 1000;
    long vat = net * 21 / 100;
    long budget = net - fee;
    long contributions = budget * 40 / 100;
    long withholding = budget * 10 / 100;
    String reference = "BE-2017-" + number;
    return List.of(
        JournalEntry.on(be, day, "invoice " + reference).reference(reference).debit(client, eur(net + vat))
            .credit(Account.of(AccountType.VAT_PAYABLE), eur(vat)).credit(Account.of(AccountType.FEE_INCOME), eur(fee)).credit(payroll, eur(budget)).build(),
        JournalEntry.on(be, day, "payment of invoice " + reference).reference(reference).debit(Account.of(AccountType.BANK), eur(net + vat))
            .credit(client, eur(net + vat)).build(),
        JournalEntry.on(be, day, "salary of contract " + number).debit(payroll, eur(budget))
            .credit(Account.of(AccountType.BANK), eur(budget - contributions - withholding))
            .credit(Account.of(AccountType.SOCIAL_CONTRIBUTIONS_PAYABLE), eur(contributions))
            .credit(Account.of(AccountType.WITHHOLDING_TAX_PAYABLE), eur(withholding)).build());
  }

  /** An activity's invoice, its payment, and the turnover it makes available to the activity's budget. */
  private static List<JournalEntry> activityInvoice(SplittableRandom random, LocalDate day) {
    EntityCode be = BELGIUM.code();
    String reference = "BE-2017-A" + random.nextLong(1, 1_000_000_000L);
    Account client = Account.of(AccountType.CLIENT_RECEIVABLES, "client-" + random.nextInt(12_000));
    String activity = "activity-" + random.nextInt(1_500);
    long net = random.nextLong(10_000, 1_000_000);
    long fee = net * 65 / 1000;
    long vat = net * 21 / 100;
    return List.of(
        JournalEntry.on(be, day, "invoice " + reference).reference(reference).debit(client, eur(net + vat))
            .credit(Account.of(AccountType.VAT_PAYABLE), eur(vat)).credit(Account.of(AccountType.FEE_INCOME), eur(fee))
            .credit(Account.of(AccountType.ACTIVITY_PENDING, activity), eur(net - fee)).build(),
        JournalEntry.on(be, day, "payment of invoice " + reference).reference(reference).debit(Account.of(AccountType.BANK), eur(net + vat))
            .credit(client, eur(net + vat)).build(),
        JournalEntry.on(be, day, "client payment made available to " + activity).reference(reference)
            .debit(Account.of(AccountType.ACTIVITY_PENDING, activity), eur(net - fee)).credit(Account.of(AccountType.ACTIVITY_BUDGET, activity), eur(net - fee))
            .build());
  }

  private static Money eur(long cents) {
    return Money.ofMinor(CurrencyUnit.EUR, cents);
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static long usedHeapMegabytes() {
    Runtime runtime = Runtime.getRuntime();
    return (runtime.totalMemory() - runtime.freeMemory()) / 1_000_000;
  }

  /** Counts the bytes written and drops them, so the figure is the export's, not a disk's. */
  private static final class Counting extends OutputStream {

    private long bytes;

    @Override
    public void write(int b) {
      bytes++;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      bytes += len;
    }
  }
}
