package coop.smart.examples.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import coop.smart.core.entity.EntityCatalog;
import coop.smart.core.entity.VatArea;
import coop.smart.core.report.BooksCheck;
import coop.smart.examples.integration.StoryClock;
import coop.smart.persistence.Database;
import coop.smart.persistence.JdbiEntityStores;
import coop.smart.persistence.TestDatabases;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each day's check runs beside the next day's work, and still stops the replay at the day it finds broken. */
class ReplayCheckTest {

  private static final LocalDate FIRST = LocalDate.of(2017, 1, 1);

  @Test
  void booksBrokenAfterADay_stopTheReplayAtTheNextDaysCheck_beforeTheDayAfterCommits() {
    try (Database database = TestDatabases.fresh()) {
      StoryClock clock = new StoryClock(FIRST);
      ReplayProgress progress = new ReplayProgress(database, 2017, 0.001, 7);
      Replay replay = new Replay(new JdbiEntityStores(database, EntityCatalog.standard().entity("BE"), VatArea.standard(), clock), clock,
          new YearPlan(2017, 0.001, 7), new Timings(), progress, database::analyze, new Snapshots(database));
      int[] days = {0};

      // Once the 3rd's check holds its snapshot, an entry of one posting enters the books: the 4th's check is the first to see it.
      assertThatThrownBy(() -> replay.run(10, done -> {
        if (++days[0] == 3) unbalancedEntry(database, FIRST.plusDays(2));
      })).isInstanceOfSatisfying(ReplayStopped.class, stopped -> {
        assertThat(stopped.day).isEqualTo(FIRST.plusDays(3));
        assertThat(stopped.violation.invariant()).isEqualTo(BooksCheck.ENTRY_BALANCED);
      });
      assertThat(progress.last().orElseThrow().day()).as("the 5th, replayed while the 4th was checked, rolled back").isEqualTo(FIRST.plusDays(3));
    }
  }

  private static void unbalancedEntry(Database database, LocalDate day) {
    UUID entry = UUID.randomUUID();
    database.jdbi().useHandle(handle -> {
      handle.execute("INSERT INTO journal_entries (entity, id, entry_date, description, reference, currency) VALUES ('BE', ?, ?, 'a lone posting', NULL, 'EUR')",
          entry, day);
      handle.execute("INSERT INTO postings (entity, entry_id, line, account_type, account_subject, amount, currency) VALUES ('BE', ?, 0, 'BANK', '', 0.01, 'EUR')",
          entry);
    });
  }
}
