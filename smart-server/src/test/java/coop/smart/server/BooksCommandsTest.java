package coop.smart.server;

import static org.assertj.core.api.Assertions.assertThat;

import coop.smart.core.contract.Contract;
import coop.smart.core.invoice.Invoice;
import coop.smart.core.operation.Role;
import coop.smart.persistence.TestDatabases;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The books and the bank's files on the command line: what the API's exports, statements and transfers answer, from the same operations. */
class BooksCommandsTest {

  private static final LocalDate DAY = LocalDate.of(2017, 7, 14);

  private static TestDatabases.Fresh database;
  private static RunningServer server;
  private static Invoice invoice;

  @BeforeAll
  static void books() {
    database = TestDatabases.freshSchema();
    server = RunningServer.start(Dependencies.standard().withDatabase(database.database()));
    StoredBooks books = new StoredBooks(server, "BE");
    Contract contract = books.declaredContract(books.shareholder("Anna Peeters"), books.localBusiness(), "1000.00", DAY);
    invoice = books.invoiceIssuedOn(contract, DAY);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void theJournalAsFec_andTheTrialBalance_areTheApis(@TempDir Path directory) throws Exception {
    Path fec = directory.resolve("FEC.txt");
    assertThat(run("books", "journal", "--entity", "BE", "--from", "2017-01-01", "--to", "2017-12-31", "--format", "FEC", "--out", fec.toString())
        .exit()).isZero();
    List<String> lines = Files.readAllLines(fec, StandardCharsets.ISO_8859_1);
    assertThat(lines.get(0)).startsWith("JournalCode|JournalLib|EcritureNum|EcritureDate|CompteNum");
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("VEN|").contains(invoice.number().toString()));
    String api = new String(new KeyedCalls(server, server.key("BE", Role.ADMIN, null))
        .accept("/api/v1/exports/journal?from=2017-01-01&to=2017-12-31&format=fec", "text/plain").body(), StandardCharsets.ISO_8859_1);
    assertThat(Files.readString(fec, StandardCharsets.ISO_8859_1)).isEqualTo(api);

    Run balance = run("books", "trial-balance", "--entity", "BE", "--on", "2017-12-31");
    assertThat(balance.exit()).isZero();
    assertThat(balance.out()).contains("400 ", "Clients", "451 ").containsPattern("total +[0-9.]+ +[0-9.]+ +0\\.00");
  }

  @Test
  void aDayWithoutTransfers_andAFileThatIsNoStatement_areRefusedNamingWhy(@TempDir Path directory) throws Exception {
    Run none = run("bank", "transfers", "--entity", "BE", "--date", "2017-07-24");
    assertThat(none.exit()).isEqualTo(1);
    assertThat(none.err()).contains("transfers");

    Path notXml = Files.writeString(directory.resolve("statement.xml"), "not a statement");
    Run refused = run("bank", "import", "--entity", "BE", notXml.toString());
    assertThat(refused.exit()).isEqualTo(1);
    assertThat(refused.err()).startsWith("smart-server bank import: ");
  }

  private record Run(int exit, String out, String err) {
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--db-url";
    all[args.length + 1] = database.url();
    int exit = Main.command(new Main(Dependencies.standard()), Map.of(), new PrintWriter(out, true), new PrintWriter(err, true)).execute(all);
    return new Run(exit, out.toString(), err.toString());
  }
}
