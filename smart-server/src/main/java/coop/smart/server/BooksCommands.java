package coop.smart.server;

import coop.smart.core.bank.EntryStatus;
import coop.smart.core.bank.ImportedStatement;
import coop.smart.core.bank.StatementEntry;
import coop.smart.core.books.JournalFormat;
import coop.smart.core.books.TrialBalance;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.EntityCode;
import coop.smart.core.entity.VatArea;
import coop.smart.core.operation.Actor;
import coop.smart.core.operation.BankStatements;
import coop.smart.core.operation.Books;
import coop.smart.core.operation.EntityStores;
import coop.smart.core.operation.Payouts;
import coop.smart.core.operation.Role;
import coop.smart.documents.PaymentOrder;
import coop.smart.documents.bank.Camt053;
import coop.smart.persistence.Database;
import coop.smart.persistence.JdbiEntityStores;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code smart-server books …} and {@code smart-server bank …}: the entity's accountant and its
 * bank's files on the command line, the same operations the API's {@code exports},
 * {@code bank-statements} and payment-run transfers call, acting as the entity's administrator.
 */
final class BooksCommands {

  private BooksCommands() {
  }

  /** The database and the entity a command works on. */
  static final class EntityDatabase {
    @Mixin
    DatabaseLocation location;

    @Option(names = "--entity", paramLabel = "CODE", required = true, description = "The entity whose books are read, e.g. BE.")
    String entity;

    /**
     * Runs {@code work} on the entity's stores, with the database open for its length: the embedded
     * one the server runs, when it does, as the backup does.
     */
    <T> T on(WorkOnStores<T> work) throws IOException {
      EntityCode code = EntityCode.of(entity.toUpperCase(Locale.ROOT));
      try (Database database = location.openForCommand()) {
        EntityStores stores = new JdbiEntityStores(database, EntityCatalog.standard().entity(code.value()), VatArea.standard(),
            Clock.system(Dependencies.ENTITIES_ZONE));
        return work.apply(stores, new Actor("command line", code, Role.ADMIN, null, null));
      }
    }
  }

  @FunctionalInterface
  interface WorkOnStores<T> {
    T apply(EntityStores stores, Actor actor) throws IOException;
  }

  /** Where a command writes its file: {@code --out}, or the standard output. */
  static final class Output {
    @Option(names = "--out", paramLabel = "FILE", description = "The file written (default: the standard output).")
    Path file;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    void write(Writing writing) throws IOException {
      if (file == null) {
        System.out.flush();
        writing.to(System.out);
        System.out.flush();
        return;
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        writing.to(out);
      }
      spec.commandLine().getErr().println("written to " + file);
    }
  }

  @FunctionalInterface
  interface Writing {
    void to(OutputStream out) throws IOException;
  }

  @Command(name = "books", mixinStandardHelpOptions = true, description = "The entity's journal and trial balance, as its accountant takes them.",
      subcommands = {Journal.class, TrialBalanceCommand.class})
  static final class Group {
  }

  @Command(name = "journal", mixinStandardHelpOptions = true, description = "Writes the journal of a period as the French FEC or a CSV.")
  static final class Journal implements Callable<Integer> {
    @Mixin
    EntityDatabase books;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "The period's first day, e.g. 2017-01-01.")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "The period's last day.")
    LocalDate to;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "FEC or CSV.")
    JournalFormat format;

    @Mixin
    Output output;

    @Override
    public Integer call() throws IOException {
      return books.on((stores, actor) -> {
        output.write(new Books(stores).journal(from, to, format)::writeTo);
        return 0;
      });
    }
  }

  @Command(name = "trial-balance", mixinStandardHelpOptions = true, description = "Prints the trial balance on a day in the entity's chart.")
  static final class TrialBalanceCommand implements Callable<Integer> {
    @Mixin
    EntityDatabase books;

    @Option(names = "--on", required = true, paramLabel = "DATE", description = "The day, e.g. 2017-12-31.")
    LocalDate on;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      TrialBalance balance = books.on((stores, actor) -> new Books(stores).trialBalance(on));
      PrintWriter out = spec.commandLine().getOut();
      out.printf(Locale.ROOT, "%-10s %-60s %15s %15s %15s%n", "account", "name", "debit", "credit", "balance");
      for (TrialBalance.Line line : balance.lines()) {
        out.printf(Locale.ROOT, "%-10s %-60s %15s %15s %15s%n", line.account().number(), line.account().name(),
            line.movements().debit().getAmount(), line.movements().credit().getAmount(), line.balance().getAmount());
      }
      out.printf(Locale.ROOT, "%-71s %15s %15s %15s%n", "total", balance.total().debit().getAmount(), balance.total().credit().getAmount(),
          balance.total().balance().getAmount());
      out.flush();
      return 0;
    }
  }

  @Command(name = "bank", mixinStandardHelpOptions = true, description = "The entity's bank files: statements in, transfers out.",
      subcommands = {ImportStatement.class, Transfers.class})
  static final class BankGroup {
  }

  @Command(name = "import", mixinStandardHelpOptions = true,
      description = "Imports a camt.053 statement of the entity's account: its credits pay the invoices they name, the rest waits for an advisor.")
  static final class ImportStatement implements Callable<Integer> {
    @Mixin
    EntityDatabase books;

    @Parameters(paramLabel = "FILE", description = "The camt.053.001.02 statement.")
    Path file;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
      byte[] xml = Files.readAllBytes(file);
      BankStatements.Import imported = books.on((stores, actor) -> new BankStatements(stores).importStatement(actor, Camt053.read(xml)));
      ImportedStatement statement = imported.statement();
      Map<EntryStatus, Integer> byStatus = new TreeMap<>();
      for (StatementEntry entry : statement.entries()) byStatus.merge(entry.status(), 1, Integer::sum);
      PrintWriter out = spec.commandLine().getOut();
      out.printf(Locale.ROOT, "statement %s (%s) %s: %d entries %s%n", statement.reference(), statement.id().value(),
          imported.created() ? "imported" : "imported before, unchanged", statement.entries().size(), byStatus);
      out.flush();
      return 0;
    }
  }

  @Command(name = "transfers", mixinStandardHelpOptions = true,
      description = "Writes a day's transfers to members (salaries and expense refunds) as the bank's pain.001.001.03.")
  static final class Transfers implements Callable<Integer> {
    @Mixin
    EntityDatabase books;

    @Option(names = "--date", required = true, paramLabel = "DATE", description = "The payment run's day.")
    LocalDate date;

    @Mixin
    Output output;

    @Override
    public Integer call() throws IOException {
      return books.on((stores, actor) -> {
        byte[] order = PaymentOrder.render(stores.entity(), new Payouts(stores).day(date));
        output.write(stream -> stream.write(order));
        return 0;
      });
    }
  }
}
