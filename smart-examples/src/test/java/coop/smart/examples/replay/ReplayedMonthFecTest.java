package coop.smart.examples.replay;

import static org.assertj.core.api.Assertions.assertThat;

import coop.smart.core.books.BookFiles;
import coop.smart.core.books.JournalFormat;
import coop.smart.core.books.JournalWriter;
import coop.smart.core.books.LedgerChart;
import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.NationalEntity;
import coop.smart.core.entity.VatArea;
import coop.smart.core.operation.Books;
import coop.smart.core.operation.EntityStores;
import coop.smart.examples.integration.StoryClock;
import coop.smart.persistence.Database;
import coop.smart.persistence.JdbiEntityStores;
import coop.smart.persistence.TestDatabases;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The FEC of a month replayed through the operations on PostgreSQL: balanced, numbered, the ledger's trial balance, the same bytes twice. */
class ReplayedMonthFecTest {

  private static final NationalEntity BE = EntityCatalog.standard().entity("BE");
  private static final LocalDate FIRST = LocalDate.of(2017, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2017, 1, 31);

  @Test
  void theFecOfAReplayedJanuary_isBalanced_givesTheLedgersTrialBalance_andTheSameBytesTwice() {
    try (Database database = TestDatabases.fresh()) {
      StoryClock clock = new StoryClock(FIRST);
      EntityStores stores = new JdbiEntityStores(database, BE, VatArea.standard(), clock);
      new Replay(stores, clock, new YearPlan(2017, 0.001, 7), new Timings(), new ReplayProgress(database, 2017, 0.001, 7), database::analyze,
          new Snapshots(database)).run(31, done -> { });
      Books books = new Books(stores);

      ByteArrayOutputStream first = new ByteArrayOutputStream();
      JournalWriter.Summary summary = books.journal(FIRST, LAST, JournalFormat.FEC).writeTo(first);
      ByteArrayOutputStream second = new ByteArrayOutputStream();
      books.journal(FIRST, LAST, JournalFormat.FEC).writeTo(second);

      assertThat(summary.entries()).as("a month of a thousandth of the Belgian year").isGreaterThan(20);
      assertThat(summary.totals().debit()).isEqualTo(summary.totals().credit());
      List<String[]> rows = BookFiles.rows(first.toByteArray(), JournalFormat.FEC);
      assertThat(rows).hasSize(1 + (int) summary.lines());
      assertThat(rows.stream().skip(1).map(row -> row[0]).distinct()).contains("VEN", "FIN", "SAL");
      assertThat(BookFiles.nonZero(BookFiles.checkFec(first.toByteArray())))
          .isEqualTo(BookFiles.nonZero(BookFiles.chartBalances(stores.ledger().trialBalance(), LedgerChart.of(BE.chartOfAccounts(LAST)))));
      assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
      assertThat(books.trialBalance(LAST).total().balance().isZero()).isTrue();
    }
  }
}
