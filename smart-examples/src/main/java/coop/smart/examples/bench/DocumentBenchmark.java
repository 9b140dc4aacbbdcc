package coop.smart.examples.bench;

import com.sun.management.OperatingSystemMXBean;
import coop.smart.core.client.Client;
import coop.smart.core.client.ClientKind;
import coop.smart.core.contract.ContractId;
import coop.smart.core.entity.ElectronicAddress;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.HolderKind;
import coop.smart.core.entity.Language;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.entity.PostalAddress;
import coop.smart.core.entity.VatArea;
import coop.smart.core.invoice.InMemoryInvoiceNumbering;
import coop.smart.core.invoice.Invoice;
import coop.smart.core.invoice.InvoiceLine;
import coop.smart.core.invoice.InvoiceNumbering;
import coop.smart.core.invoice.InvoiceTerms;
import coop.smart.core.member.Member;
import coop.smart.core.member.PersonKind;
import coop.smart.documents.InvoiceDocument;
import coop.smart.documents.InvoicePdf;
import coop.smart.documents.IssuedInvoice;
import coop.smart.documents.PeppolInvoice;
import java.math.BigDecimal;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.joda.money.CurrencyUnit;
import org.joda.money.Money;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * How fast a year of invoices renders in batch: the PDF (PDF/A-3 from the HTML template) and
 * the Peppol UBL of Belgian invoices of every VAT case, clients of the four languages, measured
 * apart, after a warm-up, on as many threads as asked; and how long SMart Belgium's 170,000
 * invoices of a year would take at those rates. It renders with the example issuer data of the
 * documents' tests, since the shipped data holds no entity's VAT number or bank account.
 *
 * <p>{@code java -cp smart-examples/target/benchmarks.jar coop.smart.examples.bench.DocumentBenchmark --invoices 5000}
 */
@Command(name = "DocumentBenchmark", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Renders invoices as PDF and as Peppol UBL in batch and reports documents per second and the time of a year's 170,000.")
public final class DocumentBenchmark implements Callable<Integer> {

  private static final int YEAR = 170_000;
  private static final Duration BUDGET = Duration.ofMinutes(10);
  private static final LocalDate ISSUED = LocalDate.of(2026, 11, 30);
  /** The invoices' kinds: a standard, an exempt, a reverse-charged and an outside-EU one. */
  private static final int KINDS = 4;

  @Option(names = "--invoices", description = "Invoices rendered in each measured phase (default: ${DEFAULT-VALUE}).")
  private int invoices = 5_000;

  @Option(names = "--warm-up", description = "Invoices rendered before measuring, unmeasured (default: ${DEFAULT-VALUE}).")
  private int warmUp = 1_000;

  @Option(names = "--threads", description = "Rendering threads (default: the machine's processors, ${DEFAULT-VALUE}).")
  private int threads = Runtime.getRuntime().availableProcessors();

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the benchmark with {@code args} and answers its exit code. */
  public static int run(String... args) {
    return new CommandLine(new DocumentBenchmark()).execute(args);
  }

  @Override
  public Integer call() throws Exception {
    NationalEntity belgium = EntityCatalog.standard().entity("BE");
    List<InvoiceDocument> documents = documents(belgium, Math.max(invoices, warmUp));
    System.out.printf("%d invoices of %d kinds, %d threads, %d processors%n", invoices, KINDS, threads, Runtime.getRuntime().availableProcessors());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      run(pool, documents.subList(0, warmUp), InvoicePdf::render);
      run(pool, documents.subList(0, warmUp), PeppolInvoice::render);
      double pdfs = rate(pool, documents.subList(0, invoices), InvoicePdf::render, "PDF");
      double ubls = rate(pool, documents.subList(0, invoices), PeppolInvoice::render, "UBL");
      Duration year = Duration.ofMillis(Math.round(YEAR / pdfs * 1000 + YEAR / ubls * 1000));
      System.out.printf("a year's %,d invoices, PDF and UBL, on free processors: %d min %02d s (%s the %d minutes asked)%n", YEAR, year.toMinutes(),
          year.toSecondsPart(), year.compareTo(BUDGET) < 0 ? "within" : "beyond", BUDGET.toMinutes());
    } finally {
      pool.shutdown();
    }
    return 0;
  }

  /**
   * Documents a second on this machine as busy as it is, beside what the process's CPU time (garbage
   * collection included) gives when every processor is free for the rendering; the second is the
   * one returned, since a shared machine lends the benchmark only part of its processors.
   */
  private static double rate(ExecutorService pool, List<InvoiceDocument> documents, Function<InvoiceDocument, byte[]> render, String what)
      throws Exception {
    OperatingSystemMXBean system = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpuStart = system.getProcessCpuTime();
    long start = System.nanoTime();
    long bytes = run(pool, documents, render);
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (system.getProcessCpuTime() - cpuStart) / 1e9;
    int processors = Runtime.getRuntime().availableProcessors();
    double free = documents.size() / cpuSeconds * processors;
    System.out.printf("%s: %,d in %.1f s, %.0f a second as busy as the machine was (%.0f %% of its processors to this process);"
            + " %.2f ms of CPU each, %.0f a second on %d free processors; %,d bytes on average%n", what, documents.size(), seconds,
        documents.size() / seconds, 100 * cpuSeconds / seconds / processors, 1000 * cpuSeconds / documents.size(), free, processors,
        bytes / documents.size());
    return free;
  }

  /** Renders every document on the pool; the bytes made, so nothing is optimised away. */
  private static long run(ExecutorService pool, List<InvoiceDocument> documents, Function<InvoiceDocument, byte[]> render) throws Exception {
    AtomicLong bytes = new AtomicLong();
    List<Future<?>> done = new ArrayList<>();
    for (InvoiceDocument document : documents) done.add(pool.submit(() -> bytes.addAndGet(render.apply(document).length)));
    for (Future<?> future : done) future.get();
    return bytes.get();
  }

  /** {@code count} invoices numbered in one series, cycling through a standard, an exempt, a reverse-charged and an outside-EU one. */
  private static List<InvoiceDocument> documents(NationalEntity entity, int count) {
    InvoiceNumbering numbering = new InMemoryInvoiceNumbering();
    List<Client> clients = List.of(
        Client.register(entity.code(), "Atelier Lumière SRL", "BE", ClientKind.BUSINESS, "BE0987654394",
            new PostalAddress("Rue de la Loi 16", "1000", "Bruxelles"), null, Language.FR),
        Client.register(entity.code(), "Vormingscentrum Gent vzw", "BE", ClientKind.BUSINESS, "BE0123456749",
            new PostalAddress("Korenmarkt 1", "9000", "Gent"), null, Language.NL),
        Client.register(entity.code(), "Théâtre du Nord SARL", "FR", ClientKind.BUSINESS, "FR11123456782",
            new PostalAddress("4 place du Théâtre", "59000", "Lille"), ElectronicAddress.parse("0009:12345678200010", "electronicAddress"),
            Language.DE),
        Client.register(entity.code(), "Harbour Arts Ltd", "CA", ClientKind.BUSINESS, null,
            new PostalAddress("100 King Street West", "M5X 1A9", "Toronto"), ElectronicAddress.parse("0060:123456789", "electronicAddress"),
            Language.EN));
    List<String> structures = List.of("ASSOCIATED_PRODUCTIONS", "TRAINING", "ASSOCIATED_PRODUCTIONS", "ASSOCIATED_PRODUCTIONS");
    Member member = Member.join(entity.code(), PersonKind.NATURAL_PERSON, "Jeanne Dubois-Van Damme");
    List<InvoiceDocument> documents = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Client client = clients.get(i % KINDS);
      Invoice invoice = Invoice.issue(entity, VatArea.standard(), numbering, new InvoiceTerms(client, member.id(), ContractId.next(), null,
          structures.get(i % KINDS), HolderKind.INDIVIDUAL, ISSUED, List.of(
              new InvoiceLine("Répétitions et mise en scène", new BigDecimal("2.5"), eur(400 + i % 200)),
              new InvoiceLine("Technical rehearsal, hours", BigDecimal.valueOf(1 + i % 8), eur(65)),
              new InvoiceLine("Création lumière — forfait", BigDecimal.ONE, eur(250))))).invoice();
      documents.add(InvoiceDocument.invoice(new IssuedInvoice(entity, invoice, client, member, null)));
    }
    return documents;
  }

  private static Money eur(int amount) {
    return Money.of(CurrencyUnit.EUR, BigDecimal.valueOf(amount));
  }
}
